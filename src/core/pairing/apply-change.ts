import type { Cohort, PairRef } from '#core/matching/cohort-schema';
import { fail, issue, ok, type Result } from '#core/result';
import type { PairEvaluator } from './evaluate-pair';
import { type Proposal, type ProposalPair, withWarnings } from './proposal';

export const CHANGE_ACTIONS = ['pin', 'unpin', 'block', 'swap', 'pair', 'remove'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export type ProposalChange = {
  readonly action: ChangeAction;
  readonly mentorId?: string | undefined;
  readonly menteeId?: string | undefined;
  readonly otherMenteeId?: string | undefined;
};

/** A run's working state: the cohort (HR's pins and blocks are kept in it) and the proposal. */
export type RunState = { readonly cohort: Cohort; readonly proposal: Proposal };

const same = (a: PairRef, mentorId: string, menteeId: string) =>
  a.mentorId === mentorId && a.menteeId === menteeId;

/**
 * Applies one HR change to a proposal, checked at once: a pair in a reporting line or blocked by HR
 * is refused (a `conflict` issue with the rule's words); capacity, minimum score and overridable
 * rules become warnings on the pair. The evaluator must be built from `state.cohort`.
 */
export function applyChange(
  state: RunState,
  change: ProposalChange,
  evaluator: PairEvaluator,
): Result<RunState> {
  const { cohort, proposal } = state;
  const need = (id: string | undefined, side: 'mentor' | 'mentee', field: string): Result<string> => {
    if (!id) return fail([issue('validation', `Name the ${side} (${field}).`, [field])]);
    if (!evaluator.has(id, side))
      return fail([issue('not_found', `${id} is not a ${side} in this run.`, [field])]);
    return ok(id);
  };
  const findPair = (mentorId: string, menteeId: string) => proposal.find((p) => same(p, mentorId, menteeId));
  const byMentee = (menteeId: string) => proposal.find((p) => p.menteeId === menteeId);
  const notProposed = (who: string) => fail<RunState>([issue('not_found', `${who} is not a proposed pair.`)]);
  const made = (mentorId: string, menteeId: string): Result<ProposalPair> => {
    const e = evaluator.evaluate(mentorId, menteeId)!;
    if (!e.allowed) return fail(e.violations.map((v) => issue('conflict', v.message, [v.rule])));
    const { score, contributions, explanation } = e;
    return ok({
      mentorId,
      menteeId,
      score,
      contributions,
      explanation,
      source: 'hr',
      pinned: false,
      warnings: [],
    });
  };
  const done = (next: Proposal, nextCohort: Cohort = cohort): Result<RunState> =>
    ok({ cohort: nextCohort, proposal: withWarnings(nextCohort, next, evaluator) });

  if (change.action === 'swap') {
    const a = need(change.menteeId, 'mentee', 'menteeId');
    if (!a.ok) return a;
    const b = need(change.otherMenteeId, 'mentee', 'otherMenteeId');
    if (!b.ok) return b;
    if (a.value === b.value)
      return fail([issue('validation', 'Pick two different mentees to swap.', ['otherMenteeId'])]);
    const first = byMentee(a.value);
    const second = byMentee(b.value);
    if (!first || !second) return notProposed(evaluator.nameOf(first ? b.value : a.value));
    const x = made(first.mentorId, second.menteeId);
    if (!x.ok) return x;
    const y = made(second.mentorId, first.menteeId);
    if (!y.ok) return y;
    return done(proposal.map((p) => (p === first ? x.value : p === second ? y.value : p)));
  }
  const mentor = need(change.mentorId, 'mentor', 'mentorId');
  if (!mentor.ok) return mentor;
  const mentee = need(change.menteeId, 'mentee', 'menteeId');
  if (!mentee.ok) return mentee;
  const [m, e] = [mentor.value, mentee.value];
  const label = `${evaluator.nameOf(m)} and ${evaluator.nameOf(e)}`;
  const ref = { mentorId: m, menteeId: e };
  switch (change.action) {
    case 'pin': {
      const pair = findPair(m, e);
      if (!pair) return notProposed(label);
      const pins = cohort.pins.some((p) => same(p, m, e)) ? cohort.pins : [...cohort.pins, ref];
      return done(
        proposal.map((p) => (p === pair ? { ...p, pinned: true } : p)),
        { ...cohort, pins },
      );
    }
    case 'unpin': {
      const pair = findPair(m, e);
      if (!pair) return notProposed(label);
      return done(
        proposal.map((p) => (p === pair ? { ...p, pinned: false } : p)),
        { ...cohort, pins: cohort.pins.filter((p) => !same(p, m, e)) },
      );
    }
    case 'block': {
      const blocks = cohort.blocks.some((p) => same(p, m, e)) ? cohort.blocks : [...cohort.blocks, ref];
      return done(
        proposal.filter((p) => !same(p, m, e)),
        { ...cohort, blocks, pins: cohort.pins.filter((p) => !same(p, m, e)) },
      );
    }
    case 'remove': {
      const pair = findPair(m, e);
      if (!pair) return notProposed(label);
      return done(
        proposal.filter((p) => p !== pair),
        { ...cohort, pins: cohort.pins.filter((p) => !same(p, m, e)) },
      );
    }
    case 'pair': {
      if (findPair(m, e)) return fail([issue('conflict', `${label} are already paired.`)]);
      const pair = made(m, e);
      if (!pair.ok) return pair;
      return done([...proposal.filter((p) => p.menteeId !== e), pair.value]);
    }
  }
}
