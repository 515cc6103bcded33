import {
  CONTINUATION_REFUSALS,
  type ContinuationAnswer,
  continuationRefusal,
  ownContinuation,
} from '#core/pairing/pair-continuation';
import type { Phase } from '#core/programs/program-phase';
import { ok, type Result } from '#core/result';
import type { Caller } from '#server/auth/authenticate';
import { loadOwnPair, type OwnPair } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import { getPairContinuations } from '#store/pair-continuations-store';

/**
 * The caller's view of "Will you keep meeting informally?" for one of their pairs (issue 8): whether
 * they can answer yet (and why not), their own answer, and `bothContinue` only when both said yes.
 * The partner's "no" or silence is never part of it (#core/pairing/pair-continuation).
 */
export type PairContinuationView = {
  /** True once the program is closed, for a pair that lasted to its end. */
  readonly open: boolean;
  /** Why it is not open, in words for the participant. */
  readonly reason: string | null;
  readonly mine: ContinuationAnswer;
  readonly answeredAt: string | null;
  readonly bothContinue: boolean;
};

export function continuationRefusalOf(own: OwnPair) {
  return continuationRefusal(
    { phase: own.program.phase as Phase, endDate: own.program.endDate },
    { endedAt: own.pair.endedAt },
  );
}

/** The view, for a pair already loaded through the workspace's gate. */
export async function continuationView(db: Db, own: OwnPair): Promise<PairContinuationView> {
  const refusal = continuationRefusalOf(own);
  const answers = await getPairContinuations(db, own.pair.orgId, own.pair.id);
  const mine = answers.get(own.personId);
  const partner = answers.get(own.partnerPersonId);
  const view = ownContinuation(mine?.continues ?? null, partner?.continues ?? null);
  return {
    open: refusal === null,
    reason: refusal ? CONTINUATION_REFUSALS[refusal] : null,
    mine: view.mine,
    answeredAt: mine?.answeredAt.toISOString() ?? null,
    bothContinue: view.bothContinue,
  };
}

/** 404 unless the caller is one of the pair. */
export async function describePairContinuation(
  db: Db,
  caller: Caller,
  pairId: string,
): Promise<Result<PairContinuationView>> {
  const loaded = await loadOwnPair(db, caller, pairId);
  if (!loaded.ok) return loaded;
  return ok(await continuationView(db, loaded.value));
}
