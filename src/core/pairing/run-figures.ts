import type { Cohort, Participant } from '#core/matching/cohort-schema';
import { criteria } from '#core/matching/criteria';
import type { MatchResult } from '#core/matching/match-result';
import { parseCohort } from '#core/matching/parse-cohort';
import type { Result } from '#core/result';
import type { Proposal } from './proposal';
import { proposalQuality } from './proposal-figures';

/** A stored run's parts, read back as typed values (the cohort is re-validated). */
export function readRun(stored: { cohort: unknown; result: unknown; proposal: unknown }): Result<{
  cohort: Cohort;
  result: MatchResult;
  proposal: Proposal;
}> {
  const cohort = parseCohort(stored.cohort);
  if (!cohort.ok) return cohort;
  return {
    ok: true,
    value: {
      cohort: cohort.value,
      result: stored.result as MatchResult,
      proposal: stored.proposal as Proposal,
    },
  };
}

/** Every criterion's weight as the run used it (defaults filled in). */
export function weightsUsed(cohort: Cohort): Record<string, number> {
  return Object.fromEntries(criteria.map((c) => [c.id, cohort.weights[c.id] ?? c.defaultWeight]));
}

/** The figures HR compares runs on, for the proposal as it stands. */
export function runQuality(cohort: Cohort, result: MatchResult, proposal: Proposal) {
  const q = proposalQuality(cohort, result, proposal);
  return {
    pairs: q.pairs,
    mentorsMatchedShare: q.mentorsMatchedShare,
    menteesMatchedShare: q.menteesMatchedShare,
    averageScore: q.averageScore,
    lowestScore: q.lowestScore,
    hardRulesChecked: q.hardRulesChecked.map((r) => ({
      rule: r.rule,
      label: r.label,
      pairsExcluded: r.pairsExcluded,
    })),
    crossDepartmentShare: q.crossDepartmentShare,
    departmentsInvolved: q.departmentsInvolved,
  };
}

export type RunQuality = ReturnType<typeof runQuality>;

/** Weekly hours a participant offers. */
export function availabilityHours(participant: Participant): number {
  const minutes = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return (h ?? 0) * 60 + (m ?? 0);
  };
  const total = participant.availability.reduce((sum, s) => sum + minutes(s.to) - minutes(s.from), 0);
  return Math.round((total / 60) * 100) / 100;
}
