import type { DiversityQuestion } from '#core/impact/diversity';
import type { Engagement } from '#core/impact/engagement';
import type { LearningExchange } from '#core/impact/learning-exchange';
import type { MonthlySurvival } from '#core/impact/monthly-survival';
import type { ObjectiveResult } from '#core/impact/objective-results';
import type { FunnelPeriod, FunnelStageFigure } from '#core/impact/participation-funnel';
import type { RetentionFigures } from '#core/impact/retention-comparison';
import type { Phase } from '#core/programs/program-phase';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Figure } from '#core/surveys/suppression';

/** A group's retention as sent: no Kaplan–Meier steps; for everyone, the curve sampled monthly. */
export interface RetentionGroupView {
  overall: Figure<Omit<RetentionFigures, 'curve'> & { monthly: MonthlySurvival[] }>;
  bySide: BySide<Omit<RetentionFigures, 'curve'>>;
}

/** A program's impact (docs/api/impact.md), as the web app reads it; before/after changes are not shown yet. */
export interface ProgramImpact {
  program: { id: string; name: string; phase: Phase; startDate: string; endDate: string };
  audience: 'hr' | 'sponsor';
  minGroupSize: number;
  asOf: string;
  funnel: { now: FunnelStageFigure[]; byMonth: FunnelPeriod[] };
  engagement: Engagement;
  learning: LearningExchange;
  retention: { participants: RetentionGroupView; comparison: RetentionGroupView };
  objectives: ObjectiveResult[];
}

/** Diversity of participation (`GET /api/programs/:id/impact/diversity`), consented answers only. */
export interface ProgramDiversity {
  program: { id: string; name: string };
  audience: 'hr' | 'sponsor';
  minGroupSize: number;
  questions: DiversityQuestion[];
}

/** A program the signed-in person sponsors (`GET /api/my/sponsored-programs`). */
export interface SponsoredProgram {
  id: string;
  name: string;
  phase: Phase;
  startDate: string;
  endDate: string;
}
