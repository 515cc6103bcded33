import type { Engagement } from '#core/impact/engagement';
import type { LearningExchange } from '#core/impact/learning-exchange';
import type { ObjectiveResult } from '#core/impact/objective-results';
import type { FunnelStageFigure } from '#core/impact/participation-funnel';
import type { BySide } from '#core/surveys/aggregate-survey';
import type { Figure } from '#core/surveys/suppression';

/**
 * What a program's impact outputs (the CSV, the PDF report) are made from: the figures the impact
 * response carries, each already through suppression. Retention without its Kaplan–Meier steps.
 */
export type RetentionSummaryFigure = Figure<{
  readonly people: number;
  readonly horizons: readonly { readonly months: number; readonly percent: number | null }[];
}>;
export type RetentionSummaryGroup = {
  readonly overall: RetentionSummaryFigure;
  readonly bySide: BySide<RetentionSummaryFigure>;
};
export type ImpactAggregates = {
  readonly funnel: readonly FunnelStageFigure[];
  readonly engagement: Engagement;
  readonly learning: LearningExchange;
  readonly retention: {
    readonly participants: RetentionSummaryGroup;
    readonly comparison: RetentionSummaryGroup;
  };
  readonly objectives: readonly ObjectiveResult[];
};
