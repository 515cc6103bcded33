import { CONTINUATION_REFUSALS } from '#core/pairing/pair-continuation';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import {
  continuationRefusalOf,
  continuationView,
  type PairContinuationView,
} from '#server/use-cases/describe-pair-continuation';
import { loadOwnPair } from '#server/use-cases/load-own-pair';
import { saveContinuation } from '#store/pair-continuations-store';

/**
 * One person of a pair says whether they will keep meeting informally after the program (issue 8).
 * Only their own pair (anyone else's is "not found"), only once the program is closed and only for a
 * pair that lasted to its end (409 otherwise, with the reason). They may change their answer; the
 * latest counts. Nothing is audited or emailed: a "no" stays with HR's counts and the person.
 */
export async function answerPairContinuation(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: { continues: boolean },
): Promise<Result<PairContinuationView>> {
  const { db } = deps.database;
  const loaded = await loadOwnPair(db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  const refusal = continuationRefusalOf(own);
  if (refusal) return fail([issue('conflict', CONTINUATION_REFUSALS[refusal])]);
  await saveContinuation(db, {
    orgId: caller.orgId,
    pairId: own.pair.id,
    personId: own.personId,
    continues: input.continues,
    answeredAt: deps.now(),
  });
  return ok(await continuationView(db, own));
}
