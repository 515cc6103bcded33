import type { ImpactAggregates } from '#core/impact/impact-aggregates';
import type { FunnelStage } from '#core/impact/participation-funnel';
import type { Figure } from '#core/surveys/suppression';

/**
 * A program against its earlier cohorts (issue 8): one row per headline measure, one cell per cohort
 * (this program first, then each earlier one, newest first). Each cohort's figures have already been
 * through suppression; a cell copies its figure's fate — a hidden figure stays hidden, with its
 * message, and is never worked out from the other figures.
 *
 * Measures: people matched, people who completed, % of planned meetings held, mean meeting rating
 * (1–5), % of pairs with an agreement, % of participants still employed 6 months after the start
 * ("Not measurable yet" before 6 months have passed).
 */
export const COHORT_MEASURES = [
  'matched',
  'completed',
  'meetings_held',
  'pulse',
  'agreements',
  'retained_6_months',
] as const;
export type CohortMeasure = (typeof COHORT_MEASURES)[number];

export type CohortFigures = Pick<ImpactAggregates, 'funnel' | 'engagement' | 'retention'>;
export type CohortInput = {
  readonly programId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly figures: CohortFigures;
};
export type CohortColumn = {
  programId: string;
  name: string;
  startDate: string;
  endDate: string;
  /** True for the program the comparison is about. */
  current: boolean;
};
/** `hidden`: suppressed to protect a small group; `value` null with `hidden` false: nothing yet. */
export type ComparisonCell = { value: number | null; hidden: boolean; text: string };
export type ComparisonRow = { measure: CohortMeasure; label: string; cells: ComparisonCell[] };
export type CohortComparison = { cohorts: CohortColumn[]; rows: ComparisonRow[] };

const LABELS: Record<CohortMeasure, string> = {
  matched: 'People matched',
  completed: 'People who completed',
  meetings_held: 'Planned meetings held',
  pulse: 'Average meeting rating',
  agreements: 'Pairs with an agreement',
  retained_6_months: 'Participants still employed after 6 months',
};

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const NOT_YET = 'Not measurable yet.';

function cellOf<T extends object>(
  figure: Figure<T>,
  value: (shown: T) => number | null,
  say: (value: number) => string,
): ComparisonCell {
  if (figure.suppressed)
    return figure.reason === 'no_answers'
      ? { value: null, hidden: false, text: figure.message }
      : { value: null, hidden: true, text: figure.message };
  const v = value(figure);
  return v === null
    ? { value: null, hidden: false, text: NOT_YET }
    : { value: v, hidden: false, text: say(v) };
}

function stage(figures: CohortFigures, name: FunnelStage): ComparisonCell {
  const found = figures.funnel.find((s) => s.stage === name);
  if (!found) return { value: null, hidden: false, text: NOT_YET };
  return cellOf(found.overall, (f) => f.people, people);
}

/** Each measure's cell for one cohort: no kind-switch, each measure says how it reads its figure. */
const CELLS: Record<CohortMeasure, (f: CohortFigures) => ComparisonCell> = {
  matched: (f) => stage(f, 'matched'),
  completed: (f) => stage(f, 'completed'),
  meetings_held: (f) =>
    cellOf(
      f.engagement.meetings,
      (m) => m.heldPercent,
      (v) => `${v}%`,
    ),
  pulse: (f) =>
    cellOf(
      f.engagement.pulse.overall,
      (p) => p.mean,
      (v) => `${v} out of 5`,
    ),
  agreements: (f) =>
    cellOf(
      f.engagement.agreements,
      (a) => a.agreedPercent,
      (v) => `${v}%`,
    ),
  retained_6_months: (f) =>
    cellOf(
      f.retention.participants.overall,
      (r) => r.horizons.find((h) => h.months === 6)?.percent ?? null,
      (v) => `${v}%`,
    ),
};

/** The comparison table: `current` first, then `earlier` in the order given (newest first). */
export function compareCohorts(current: CohortInput, earlier: readonly CohortInput[]): CohortComparison {
  const all = [current, ...earlier];
  return {
    cohorts: all.map((c, i) => ({
      programId: c.programId,
      name: c.name,
      startDate: c.startDate,
      endDate: c.endDate,
      current: i === 0,
    })),
    rows: COHORT_MEASURES.map((measure) => ({
      measure,
      label: LABELS[measure],
      cells: all.map((c) => CELLS[measure](c.figures)),
    })),
  };
}
