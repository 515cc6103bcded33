import { describe, expect, it } from 'vitest';
import { parseCohort } from '#core/matching/parse-cohort';
import { proposeMatches } from '#core/matching/propose-matches';
import { cohortFromEnrollments } from '#core/pairing/cohort-from-enrollments';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { proposalFromResult } from '#core/pairing/proposal';
import { withdrawConsentFromRun } from '#core/privacy/consent-withdrawal';
import { enrollmentFor, pairingInput } from '#tests/fixtures/pairing-enrollments';

/**
 * A stored run after one person withdraws consent holds neither their background answers nor any
 * score resting on them: their pairs score exactly as in a run made without their consent, and
 * everyone else's snapshot and pairs are untouched.
 */

function storedRun(consenting: boolean) {
  const base = pairingInput(2, {});
  const background = (gender: string, consent: boolean) => ({
    sensitiveAnswers: { gender, generation: 'Gen Z' },
    matchingConsent: consent,
  });
  const input = {
    ...base,
    enrollments: [
      enrollmentFor('m0', 'mentor', background('Woman', true)),
      enrollmentFor('m1', 'mentor', background('Man', true)),
      enrollmentFor('e0', 'mentee', background('Man', consenting)),
      enrollmentFor('e1', 'mentee', background('Woman', true)),
    ],
  };
  const cohort = cohortFromEnrollments(input);
  if (!cohort.ok) throw new Error('cohort');
  // Stored and read back as JSON, as the match_runs table keeps it.
  const parsed = parseCohort(JSON.parse(JSON.stringify(cohort.value)));
  if (!parsed.ok) throw new Error('parse');
  const result = proposeMatches(parsed.value);
  const proposal = proposalFromResult(parsed.value, result, pairEvaluator(parsed.value));
  return { cohort: parsed.value, result, proposal };
}

describe('withdrawConsentFromRun', () => {
  it('leaves a run alone when the person gave nothing under consent, or is not in it', () => {
    const run = storedRun(false);
    expect(withdrawConsentFromRun(run, 'e0')).toBeNull();
    expect(withdrawConsentFromRun(run, 'nobody')).toBeNull();
  });

  it('removes the person’s answers from the snapshot and nobody else’s', () => {
    const after = withdrawConsentFromRun(storedRun(true), 'e0')!;
    const e0 = after.cohort.participants.find((p) => p.id === 'e0')!;
    expect(e0).toMatchObject({ background: {}, consentsToBackgroundMatching: false });
    expect(e0.generation).toBeUndefined();
    const e1 = after.cohort.participants.find((p) => p.id === 'e1')!;
    expect(e1).toMatchObject({ background: { gender: 'Woman' }, consentsToBackgroundMatching: true });
  });

  it('scores the person’s pairs as a run made without their consent would', () => {
    const withdrawn = withdrawConsentFromRun(storedRun(true), 'e0')!;
    const never = pairEvaluator(storedRun(false).cohort);
    const involved = withdrawn.proposal.filter((p) => p.menteeId === 'e0');
    expect(involved.length).toBe(1);
    for (const pair of [...involved, ...withdrawn.result.pairs.filter((p) => p.menteeId === 'e0')]) {
      const expected = never.evaluate(pair.mentorId, pair.menteeId)!;
      expect(pair.score).toBe(expected.score);
      expect(pair.contributions).toEqual(expected.contributions);
      expect(pair.explanation).toBe(expected.explanation);
    }
    expect(withdrawn.published).toEqual(
      involved.map((p) => expect.objectContaining({ mentorId: p.mentorId, score: Math.round(p.score) })),
    );
  });

  it('keeps the other pairs and recomputes the run’s score figures', () => {
    const before = storedRun(true);
    const after = withdrawConsentFromRun(before, 'e0')!;
    const others = (run: typeof before) => run.proposal.filter((p) => p.menteeId !== 'e0');
    expect(others(after).map((p) => [p.mentorId, p.score])).toEqual(
      others(before).map((p) => [p.mentorId, p.score]),
    );
    const total = after.result.pairs.reduce((sum, p) => sum + p.score, 0);
    expect(after.result.quality.totalScore).toBeCloseTo(total, 2);
    expect(after.result.quality.lowestScore).toBe(Math.min(...after.result.pairs.map((p) => p.score)));
  });

  it('changes the scores it should: with consent, the background did count', () => {
    const before = storedRun(true);
    const after = withdrawConsentFromRun(before, 'e0')!;
    const pair = (run: typeof before) => run.proposal.find((p) => p.menteeId === 'e0')!;
    expect(pair(after).score).not.toBe(pair(before).score);
  });
});
