import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeMatches } from '#core/matching/propose-matches';
import { applyChange, CHANGE_ACTIONS, type RunState } from '#core/pairing/apply-change';
import { cohortFromEnrollments } from '#core/pairing/cohort-from-enrollments';
import { evaluatePair, pairEvaluator } from '#core/pairing/evaluate-pair';
import { proposalFromResult } from '#core/pairing/proposal';
import { enrollmentFor, pairingInput } from '#tests/fixtures/pairing-enrollments';

/** Three mentors and three mentees; m0 reports to e0 (a reporting line). */
function start(): RunState {
  const input = pairingInput(3);
  const enrollments = input.enrollments.map((e) =>
    e.personId === 'm0' ? enrollmentFor('m0', 'mentor', { person: { managerId: 'e0' } }) : e,
  );
  const cohort = cohortFromEnrollments({ ...input, enrollments });
  if (!cohort.ok) throw new Error(JSON.stringify(cohort.issues));
  const evaluator = pairEvaluator(cohort.value);
  return {
    cohort: cohort.value,
    proposal: proposalFromResult(cohort.value, proposeMatches(cohort.value), evaluator),
  };
}

const change = (state: RunState, c: Parameters<typeof applyChange>[1]) =>
  applyChange(state, c, pairEvaluator(state.cohort));
const mentorOf = (state: RunState, menteeId: string) =>
  state.proposal.find((p) => p.menteeId === menteeId)?.mentorId;

describe('evaluatePair', () => {
  it('refuses a reporting-line pair with the rule words and scores an allowed pair like the matcher', () => {
    const state = start();
    const refused = evaluatePair(state.cohort, 'm0', 'e0')!;
    expect(refused.allowed).toBe(false);
    expect(refused.violations).toEqual([
      { rule: 'reporting-line', message: 'M0 and E0 are in the same reporting line' },
    ]);
    const proposed = state.proposal[0]!;
    const evaluated = evaluatePair(state.cohort, proposed.mentorId, proposed.menteeId)!;
    expect(evaluated.score).toBe(proposed.score);
    expect(evaluated.explanation).toBe(proposed.explanation);
    expect(evaluatePair(state.cohort, 'e0', 'm0')).toBeUndefined();
  });
});

describe('applyChange', () => {
  it('never proposes the reporting-line pair, and refuses it by hand as a conflict', () => {
    const state = start();
    expect(mentorOf(state, 'e0')).not.toBe('m0');
    const result = change(state, { action: 'pair', mentorId: 'm0', menteeId: 'e0' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/same reporting line/),
      });
  });

  it('swaps two mentees, marking both pairs as HR-made', () => {
    const state = start();
    const [a, b] = ['e1', 'e2'].map((e) => mentorOf(state, e));
    const result = change(state, { action: 'swap', menteeId: 'e1', otherMenteeId: 'e2' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(mentorOf(result.value, 'e1')).toBe(b);
    expect(mentorOf(result.value, 'e2')).toBe(a);
    expect(result.value.proposal.filter((p) => p.source === 'hr')).toHaveLength(2);
  });

  it('pins and unpins a proposed pair, keeping the pin in the cohort for a re-run', () => {
    const state = start();
    const p = state.proposal[0]!;
    const pinned = change(state, { action: 'pin', mentorId: p.mentorId, menteeId: p.menteeId });
    if (!pinned.ok) throw new Error('pin failed');
    expect(pinned.value.proposal[0]!.pinned).toBe(true);
    expect(pinned.value.cohort.pins).toEqual([{ mentorId: p.mentorId, menteeId: p.menteeId }]);
    const unpinned = change(pinned.value, { action: 'unpin', mentorId: p.mentorId, menteeId: p.menteeId });
    if (!unpinned.ok) throw new Error('unpin failed');
    expect(unpinned.value.proposal[0]!.pinned).toBe(false);
    expect(unpinned.value.cohort.pins).toEqual([]);
  });

  it('blocks a pair: it leaves the proposal and can no longer be hand-made', () => {
    const state = start();
    const p = state.proposal[0]!;
    const blocked = change(state, { action: 'block', mentorId: p.mentorId, menteeId: p.menteeId });
    if (!blocked.ok) throw new Error('block failed');
    expect(blocked.value.proposal).toHaveLength(state.proposal.length - 1);
    const again = change(blocked.value, { action: 'pair', mentorId: p.mentorId, menteeId: p.menteeId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.issues[0]!.message).toMatch(/blocked by HR/);
  });

  it('hand-pairs over capacity with a warning, and removes pairs', () => {
    const state = start();
    const other = state.proposal.find((p) => p.mentorId !== 'm1' && p.menteeId !== 'e0')!;
    const result = change(state, { action: 'pair', mentorId: 'm1', menteeId: other.menteeId });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const overloaded = result.value.proposal.filter((p) => p.mentorId === 'm1');
    expect(overloaded.length).toBe(2);
    expect(overloaded.every((p) => p.warnings.includes('mentor over capacity'))).toBe(true);
    const removed = change(result.value, { action: 'remove', mentorId: 'm1', menteeId: other.menteeId });
    if (!removed.ok) throw new Error('remove failed');
    expect(removed.value.proposal.some((p) => p.warnings.includes('mentor over capacity'))).toBe(false);
    expect(change(removed.value, { action: 'remove', mentorId: 'm1', menteeId: other.menteeId }).ok).toBe(
      false,
    );
  });

  it('never yields a reporting-line or blocked pair, whatever the sequence of changes', () => {
    const person = (side: 'm' | 'e') => fc.integer({ min: 0, max: 2 }).map((i) => `${side}${i}`);
    const changeArb = fc.record({
      action: fc.constantFrom(...CHANGE_ACTIONS),
      mentorId: person('m'),
      menteeId: person('e'),
      otherMenteeId: person('e'),
    });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 12 }), (changes) => {
        let state = start();
        for (const c of changes) {
          const next = change(state, c);
          if (next.ok) state = next.value;
          for (const p of state.proposal) {
            const evaluation = evaluatePair(state.cohort, p.mentorId, p.menteeId)!;
            expect(evaluation.allowed, `${p.mentorId} → ${p.menteeId}`).toBe(true);
          }
          expect(state.proposal.some((p) => p.mentorId === 'm0' && p.menteeId === 'e0')).toBe(false);
          expect(new Set(state.proposal.map((p) => p.menteeId)).size).toBe(state.proposal.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
