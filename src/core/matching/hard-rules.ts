import { type PreparedCohort, type PreparedPerson, pairKey } from './prepared-cohort';

/**
 * Hard rules are data too: each says whether it is on for a cohort and which pairs it forbids.
 * They are never traded against scores. Capacity, pins and the anti-tokenisation cap act on places,
 * not pairs (see mentor-places.ts).
 */
export type HardRule = {
  readonly id: string;
  readonly label: string;
  /** The pair test for this cohort (true = forbidden), or undefined when the rule is off. */
  readonly prepare: (
    cohort: PreparedCohort,
  ) => ((mentor: PreparedPerson, mentee: PreparedPerson) => boolean) | undefined;
};

export const hardRules: readonly HardRule[] = [
  {
    id: 'reporting-line',
    label: 'in the same reporting line',
    prepare:
      ({ reportingLines }) =>
      (mentor, mentee) =>
        reportingLines.relatedAt(mentor.orgIndex, mentee.orgIndex),
  },
  {
    id: 'blocked',
    label: 'blocked by HR',
    prepare: ({ blocks }) =>
      blocks.size === 0 ? undefined : (mentor, mentee) => blocks.has(pairKey(mentor.id, mentee.id)),
  },
  {
    id: 'please-not',
    label: 'asked not to be paired',
    prepare: ({ cohort }) =>
      cohort.rules.honourPleaseNot
        ? (mentor, mentee) => mentor.pleaseNot.has(mentee.id) || mentee.pleaseNot.has(mentor.id)
        : undefined,
  },
  {
    id: 'repeat-pair',
    label: 'paired in an earlier cohort',
    prepare: ({ cohort, history }) =>
      cohort.rules.allowRepeatPairs || history.size === 0
        ? undefined
        : (mentor, mentee) => history.has(pairKey(mentor.id, mentee.id)),
  },
  {
    id: 'same-department',
    label: 'in the same department',
    prepare: ({ cohort }) =>
      cohort.rules.notSameDepartment
        ? (mentor, mentee) => mentor.normalised.department === mentee.normalised.department
        : undefined,
  },
];

export type PreparedRule = {
  readonly id: string;
  readonly label: string;
  readonly forbids: (mentor: PreparedPerson, mentee: PreparedPerson) => boolean;
};

export function prepareRules(cohort: PreparedCohort): PreparedRule[] {
  const active: PreparedRule[] = [];
  for (const rule of hardRules) {
    const forbids = rule.prepare(cohort);
    if (forbids) active.push({ id: rule.id, label: rule.label, forbids });
  }
  return active;
}

/** Index of the first active rule that forbids the pair, or -1 when the pair is allowed. */
export function firstBrokenRule(
  rules: readonly PreparedRule[],
  mentor: PreparedPerson,
  mentee: PreparedPerson,
): number {
  for (let r = 0; r < rules.length; r++) if (rules[r]!.forbids(mentor, mentee)) return r;
  return -1;
}
