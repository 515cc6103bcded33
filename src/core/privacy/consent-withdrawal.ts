import type { Cohort, Participant } from '#core/matching/cohort-schema';
import { scoreFigures } from '#core/matching/match-quality';
import type { MatchResult, ProposedPair } from '#core/matching/match-result';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { type Proposal, withWarnings } from '#core/pairing/proposal';
import { safeExplanation } from '#core/pairing/safe-explanation';

/**
 * Issue 9: a person withdrew consent to use their sensitive answers in matching. A stored match run
 * made before keeps a snapshot of those answers (the participant's `background`, and `generation`,
 * which comes from a sensitive answer) and scores that rest on them. This takes both out of the run:
 * the snapshot loses the answers, and every pair of the person, in the matcher's result and in HR's
 * proposal, is scored and explained again as if the answers had never been given. Pure: the store
 * reads and writes the run.
 */
export type StoredRunParts = {
  readonly cohort: Cohort;
  readonly result: MatchResult;
  readonly proposal: Proposal;
};

type RescoredPair = Pick<ProposedPair, 'mentorId' | 'menteeId' | 'score' | 'contributions' | 'explanation'>;

/** A published pair of the person as publishing writes it (whole score, explanation safe for both). */
export type PublishedPairScore = RescoredPair;

export type RunWithoutConsent = StoredRunParts & {
  /** The person's proposal pairs, for the pairs already published from this run. */
  readonly published: readonly PublishedPairScore[];
};

/** Whether a participant's snapshot still holds anything their consent covered. */
function holdsConsentedAnswers(p: Participant): boolean {
  return p.consentsToBackgroundMatching || Object.keys(p.background).length > 0 || p.generation !== undefined;
}

function withoutAnswers(p: Participant): Participant {
  const { generation: _generation, ...rest } = p;
  return { ...rest, background: {}, consentsToBackgroundMatching: false };
}

/** The run without `personId`'s consented answers, or null when it holds none of them. */
export function withdrawConsentFromRun(run: StoredRunParts, personId: string): RunWithoutConsent | null {
  const target = run.cohort.participants.find((p) => p.id === personId);
  if (!target || !holdsConsentedAnswers(target)) return null;
  const cohort: Cohort = {
    ...run.cohort,
    participants: run.cohort.participants.map((p) => (p.id === personId ? withoutAnswers(p) : p)),
  };
  const evaluator = pairEvaluator(cohort);
  const involves = (p: { mentorId: string; menteeId: string }) =>
    p.mentorId === personId || p.menteeId === personId;
  const rescore = <T extends RescoredPair>(pair: T): T => {
    if (!involves(pair)) return pair;
    const evaluation = evaluator.evaluate(pair.mentorId, pair.menteeId);
    if (!evaluation) return pair;
    return {
      ...pair,
      score: evaluation.score,
      contributions: evaluation.contributions,
      explanation: evaluation.explanation,
    };
  };
  const resultPairs = run.result.pairs.map(rescore);
  const proposal = withWarnings(cohort, run.proposal.map(rescore), evaluator);
  return {
    cohort,
    result: {
      ...run.result,
      pairs: resultPairs,
      quality: { ...run.result.quality, ...scoreFigures(resultPairs) },
    },
    proposal,
    published: proposal.filter(involves).map((p) => ({
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      score: Math.round(p.score),
      contributions: [...p.contributions],
      explanation: safeExplanation(p.explanation),
    })),
  };
}
