import type { Engagement } from '#core/impact/engagement';
import type { LearningExchange } from '#core/impact/learning-exchange';
import type { ObjectiveResult } from '#core/impact/objective-results';
import type { FunnelPeriod, FunnelStageFigure } from '#core/impact/participation-funnel';
import type { Phase } from '#core/programs/program-phase';

/** A program's impact (docs/api/impact.md), as the web app reads it; retention and changes are not shown yet. */
export interface ProgramImpact {
  program: { id: string; name: string; phase: Phase; startDate: string; endDate: string };
  audience: 'hr' | 'sponsor';
  minGroupSize: number;
  asOf: string;
  funnel: { now: FunnelStageFigure[]; byMonth: FunnelPeriod[] };
  engagement: Engagement;
  learning: LearningExchange;
  objectives: ObjectiveResult[];
}

/** A program the signed-in person sponsors (`GET /api/my/sponsored-programs`). */
export interface SponsoredProgram {
  id: string;
  name: string;
  phase: Phase;
  startDate: string;
  endDate: string;
}
