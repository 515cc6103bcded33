import type { Cohort } from '#core/matching/cohort-schema';
import type { MatchResult } from '#core/matching/match-result';
import type { Contribution } from '#core/matching/pair-score';
import type { PairEvaluator } from './evaluate-pair';

/** One pair of the proposal HR shapes before publishing. */
export type ProposalPair = {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly contributions: readonly Contribution[];
  readonly explanation: string;
  /** hr: hand-paired or swapped. */
  readonly source: 'algorithm' | 'hr';
  readonly pinned: boolean;
  readonly warnings: readonly string[];
};

export type Proposal = readonly ProposalPair[];

/** The matcher's pairs as the first proposal, with their warnings. */
export function proposalFromResult(cohort: Cohort, result: MatchResult, evaluator: PairEvaluator): Proposal {
  return withWarnings(
    cohort,
    result.pairs.map((p) => ({
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      score: p.score,
      contributions: p.contributions,
      explanation: p.explanation,
      source: 'algorithm' as const,
      pinned: p.pinned,
      warnings: [],
    })),
    evaluator,
  );
}

/** How many mentees a mentor may take in this cohort. */
export function capacityOf(cohort: Cohort, mentorId: string): number {
  const mentor = cohort.participants.find((p) => p.id === mentorId);
  return mentor?.capacity ?? cohort.rules.defaultCapacity;
}

/**
 * Recomputes every pair's warnings: rules HR overrode, the minimum score, and mentors carrying
 * more mentees than their capacity.
 */
export function withWarnings(cohort: Cohort, proposal: Proposal, evaluator: PairEvaluator): Proposal {
  const load = new Map<string, number>();
  for (const p of proposal) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
  return proposal.map((p) => {
    const evaluation = evaluator.evaluate(p.mentorId, p.menteeId);
    const warnings = [...(evaluation?.warnings ?? [])];
    if ((load.get(p.mentorId) ?? 0) > capacityOf(cohort, p.mentorId)) warnings.push('mentor over capacity');
    return { ...p, warnings };
  });
}
