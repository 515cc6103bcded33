import { pairsThatLasted } from '#core/impact/certificate-eligibility';
import type { Phase } from '#core/programs/program-phase';

/**
 * Whether a pair keeps meeting informally once its program is closed (issue 8, "Celebration and
 * continuation"). Each of the two answers yes or no, and may change their mind.
 *
 * Privacy: a person always sees their own answer, and learns the partner's only when both said yes.
 * A "no" is never shown to the partner, and neither is "not answered yet": to the person who said yes,
 * a partner who said no looks exactly like a partner who has not answered. HR sees each pair's
 * outcome, never who said no.
 */
export type ContinuationAnswer = boolean | null;

/** Who may answer: a pair of a closed program that lasted to the program's end (as for certificates). */
export type ContinuationProgram = { readonly phase: Phase; readonly endDate: string };
export type ContinuationPair = { readonly endedAt: Date | null };

export type ContinuationRefusal = 'not_closed' | 'ended_early';

export function continuationRefusal(
  program: ContinuationProgram,
  pair: ContinuationPair,
): ContinuationRefusal | null {
  if (program.phase !== 'closed') return 'not_closed';
  const lasted = pairsThatLasted(program, [{ pairId: '', side: 'mentor', endedAt: pair.endedAt }]);
  return lasted.length === 0 ? 'ended_early' : null;
}

export const CONTINUATION_REFUSALS: Readonly<Record<ContinuationRefusal, string>> = {
  not_closed:
    'You can say whether you will keep meeting once the program is closed. Until then, your pair carries on as planned.',
  ended_early: 'This pair ended before the program did, so there is nothing to continue here.',
};

/** What one person sees: their own answer, and "together" only when both said yes. */
export type OwnContinuation = {
  readonly mine: ContinuationAnswer;
  readonly bothContinue: boolean;
};

export function ownContinuation(mine: ContinuationAnswer, partner: ContinuationAnswer): OwnContinuation {
  return { mine, bothContinue: mine === true && partner === true };
}

/** A pair's outcome for HR. */
export type PairContinuationStatus = 'continuing' | 'not_continuing' | 'not_answered';

export function pairContinuationStatus(
  mentor: ContinuationAnswer,
  mentee: ContinuationAnswer,
): PairContinuationStatus {
  if (mentor === false || mentee === false) return 'not_continuing';
  if (mentor === true && mentee === true) return 'continuing';
  return 'not_answered';
}

export type ContinuationSummary = Readonly<Record<PairContinuationStatus, number>> & {
  readonly pairs: number;
};

export function summariseContinuations(statuses: readonly PairContinuationStatus[]): ContinuationSummary {
  const count = (status: PairContinuationStatus) => statuses.filter((s) => s === status).length;
  return {
    pairs: statuses.length,
    continuing: count('continuing'),
    not_continuing: count('not_continuing'),
    not_answered: count('not_answered'),
  };
}
