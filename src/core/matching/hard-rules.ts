import type { PairRef } from './cohort-schema';
import { type CompiledCohort, listHas } from './compiled-cohort';

/**
 * Hard rules are data too: each says whether it is on for a cohort and compiles the pair test it
 * forbids with (by position: mentors[m], mentees[e]). They are never traded against scores.
 * Capacity, pins and the anti-tokenisation cap act on places, not pairs (see mentor-places.ts).
 */
export type PairTest = (m: number, e: number) => boolean;

export type HardRule = {
  readonly id: string;
  readonly label: string;
  /** The pair test for this cohort (true = forbidden), or undefined when the rule is off. */
  readonly compile: (cohort: CompiledCohort) => PairTest | undefined;
};

/** The listed pairs as numbers m × mentees + e (pairs of unknown people are left out). */
function pairSet({ prepared }: CompiledCohort, pairs: readonly PairRef[]): ReadonlySet<number> {
  const mentor = new Map(prepared.mentors.map((p) => [p.id, p.index]));
  const mentee = new Map(prepared.mentees.map((p) => [p.id, p.index]));
  const out = new Set<number>();
  for (const pair of pairs) {
    const m = mentor.get(pair.mentorId);
    const e = mentee.get(pair.menteeId);
    if (m !== undefined && e !== undefined) out.add(m * prepared.mentees.length + e);
  }
  return out;
}

function pairSetTest(cohort: CompiledCohort, pairs: readonly PairRef[]): PairTest | undefined {
  const set = pairSet(cohort, pairs);
  const mentees = cohort.mentees.count;
  return set.size === 0 ? undefined : (m, e) => set.has(m * mentees + e);
}

export const hardRules: readonly HardRule[] = [
  {
    id: 'reporting-line',
    label: 'in the same reporting line',
    compile: ({ prepared, mentors, mentees }) => {
      const { relatedAt } = prepared.reportingLines;
      return (m, e) => relatedAt(mentors.orgIndex[m]!, mentees.orgIndex[e]!);
    },
  },
  {
    id: 'blocked',
    label: 'blocked by HR',
    compile: (cohort) => pairSetTest(cohort, cohort.prepared.cohort.blocks),
  },
  {
    id: 'please-not',
    label: 'asked not to be paired',
    compile: ({ prepared, mentors, mentees }) =>
      prepared.cohort.rules.honourPleaseNot
        ? (m, e) => listHas(mentors.pleaseNot, m, e) || listHas(mentees.pleaseNot, e, m)
        : undefined,
  },
  {
    id: 'repeat-pair',
    label: 'paired in an earlier cohort',
    compile: (cohort) =>
      cohort.prepared.cohort.rules.allowRepeatPairs
        ? undefined
        : pairSetTest(cohort, cohort.prepared.cohort.history),
  },
  {
    id: 'same-department',
    label: 'in the same department',
    compile: ({ prepared, mentors, mentees }) =>
      prepared.cohort.rules.notSameDepartment
        ? (m, e) => mentors.department[m] === mentees.department[e]
        : undefined,
  },
];

export type PreparedRule = {
  readonly id: string;
  readonly label: string;
  readonly forbids: PairTest;
};

export function prepareRules(cohort: CompiledCohort): PreparedRule[] {
  const active: PreparedRule[] = [];
  for (const rule of hardRules) {
    const forbids = rule.compile(cohort);
    if (forbids) active.push({ id: rule.id, label: rule.label, forbids });
  }
  return active;
}

/** Index of the first active rule that forbids the pair (by position), or -1 when it is allowed. */
export function firstBrokenRule(rules: readonly PreparedRule[], m: number, e: number): number {
  for (let r = 0; r < rules.length; r++) if (rules[r]!.forbids(m, e)) return r;
  return -1;
}
