import type { Objective } from '#core/programs/program-settings';
import type { Figure } from '#core/surveys/suppression';

/**
 * A program's objectives against what was measured (issue 8): each objective is met, not met, not
 * measurable yet, or hidden.
 *
 * - An objective is measured by the measurement given for it (see impact-measures.ts for where each
 *   comes from); none given means nothing measures it yet.
 * - Met: the value is at least the target for `>=`, at most the target for `<=`. Otherwise not met.
 * - Not measurable yet: no measurement, nothing to count yet (e.g. 12 months have not passed), or a
 *   measurement in another unit than the target (a count of people cannot meet a target in %).
 * - Hidden: the figure behind it is hidden to protect a small group; whether it was met is hidden too,
 *   since it would tell on which side of the target the hidden value lies.
 * Each result says so in a sentence, e.g. "83.3% against a target of at least 90%: not met."
 */
export type ObjectiveUnit = Objective['unit'];
/** What judging needs of an objective: its target, not how it is measured (the caller measures it). */
export type JudgedObjective = Omit<Objective, 'measure'>;
export type Measurement =
  | { readonly status: 'measured'; readonly value: number; readonly unit: ObjectiveUnit }
  | { readonly status: 'not_yet'; readonly message: string }
  | { readonly status: 'hidden'; readonly message: string };
export type ObjectiveStatus = 'met' | 'not_met' | 'not_measurable_yet' | 'hidden';
export type ObjectiveResult = {
  text: string;
  metric: string;
  comparator: Objective['comparator'];
  target: number;
  unit: ObjectiveUnit;
  status: ObjectiveStatus;
  value: number | null;
  message: string;
};

/** A measurement from a figure: its value when shown, otherwise why there is none. */
export function measurementOf<T extends object>(
  figure: Figure<T>,
  value: (shown: T) => number | null,
  unit: ObjectiveUnit,
): Measurement {
  if (figure.suppressed)
    return figure.reason === 'no_answers'
      ? { status: 'not_yet', message: 'There is nothing to measure yet.' }
      : { status: 'hidden', message: figure.message };
  const measured = value(figure);
  return measured === null
    ? { status: 'not_yet', message: 'Not enough time has passed to measure this yet.' }
    : { status: 'measured', value: measured, unit };
}

export function formatAmount(value: number, unit: ObjectiveUnit): string {
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

function resultOf(objective: JudgedObjective, measurement: Measurement | null | undefined) {
  const goal = `${objective.comparator === '>=' ? 'at least' : 'at most'} ${formatAmount(objective.target, objective.unit)}`;
  if (!measurement)
    return {
      status: 'not_measurable_yet' as const,
      value: null,
      message: 'Nothing in the report measures this objective yet.',
    };
  if (measurement.status === 'not_yet')
    return { status: 'not_measurable_yet' as const, value: null, message: measurement.message };
  if (measurement.status === 'hidden')
    return { status: 'hidden' as const, value: null, message: measurement.message };
  if (measurement.unit !== objective.unit)
    return {
      status: 'not_measurable_yet' as const,
      value: null,
      message: `This is measured in ${measurement.unit}, but the target is in ${objective.unit}.`,
    };
  const { value } = measurement;
  const met = objective.comparator === '>=' ? value >= objective.target : value <= objective.target;
  return {
    status: met ? ('met' as const) : ('not_met' as const),
    value,
    message: `${formatAmount(value, objective.unit)} against a target of ${goal}: ${met ? 'met' : 'not met'}.`,
  };
}

/** Each objective with its status, given the measurement for each (same order); see the rules above. */
export function objectiveResults(
  objectives: readonly JudgedObjective[],
  measurements: readonly (Measurement | null | undefined)[],
): ObjectiveResult[] {
  return objectives.map((objective, i) => ({
    text: objective.text,
    metric: objective.metric,
    comparator: objective.comparator,
    target: objective.target,
    unit: objective.unit,
    ...resultOf(objective, measurements[i]),
  }));
}
