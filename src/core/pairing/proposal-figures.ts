import type { Cohort } from '#core/matching/cohort-schema';
import type { MatchQuality, MatchResult, UnmatchedReason } from '#core/matching/match-result';
import { matchQuality } from '#core/matching/match-quality';
import { prepareCohort } from '#core/matching/prepared-cohort';
import type { PairEvaluator } from './evaluate-pair';
import type { Proposal } from './proposal';

export type ProposalUnmatched = {
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly reason: UnmatchedReason | 'unpaired-by-hr';
  readonly message: string;
  readonly bestCandidates: readonly {
    readonly personId: string;
    readonly score: number;
    readonly explanation: string;
    readonly blockedBy: string | null;
  }[];
};

/** The run's figures recomputed from the proposal as it stands (the rules checked stay the matcher's). */
export function proposalQuality(cohort: Cohort, result: MatchResult, proposal: Proposal): MatchQuality {
  return matchQuality(
    prepareCohort(cohort),
    proposal.map((p) => ({ ...p, pinned: p.pinned })),
    result.quality.hardRulesChecked,
    {
      solver: result.quality.solver,
      candidatesPerMentee: result.quality.candidatesPerMentee,
      candidateGapPercent: result.quality.candidateGapPercent,
      pairsEvaluated: result.quality.pairsEvaluated,
    },
  );
}

const CANDIDATES = 3;

/**
 * Everyone the proposal leaves without a partner, with the matcher's reason when it left them out
 * (or "unpaired by HR"), and the best partners available on the other side with what blocks each.
 */
export function proposalUnmatched(
  result: MatchResult,
  proposal: Proposal,
  evaluator: PairEvaluator,
): ProposalUnmatched[] {
  const paired = new Set(proposal.flatMap((p) => [p.mentorId, p.menteeId]));
  const reasons = new Map(result.unmatched.map((u) => [u.personId, u]));
  const out: ProposalUnmatched[] = [];
  for (const side of ['mentor', 'mentee'] as const) {
    const ids = side === 'mentor' ? evaluator.mentorIds : evaluator.menteeIds;
    const others = side === 'mentor' ? evaluator.menteeIds : evaluator.mentorIds;
    for (const id of ids) {
      if (paired.has(id)) continue;
      const known = reasons.get(id);
      const scored = others
        .map((other) => {
          const e = side === 'mentor' ? evaluator.evaluate(id, other) : evaluator.evaluate(other, id);
          return e ? { personId: other, evaluation: e } : undefined;
        })
        .filter((c) => c !== undefined)
        .sort((a, b) => b.evaluation.score - a.evaluation.score)
        .slice(0, CANDIDATES);
      out.push({
        personId: id,
        side,
        reason: known?.reason ?? 'unpaired-by-hr',
        message: known?.message ?? 'No longer paired after a change by HR.',
        bestCandidates: scored.map(({ personId, evaluation }) => ({
          personId,
          score: evaluation.score,
          explanation: evaluation.explanation,
          blockedBy: evaluation.violations[0]?.message ?? evaluation.warnings[0] ?? null,
        })),
      });
    }
  }
  return out;
}
