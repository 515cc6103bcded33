import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { endPairRow, getPair, type PairRow } from '#store/pairs-store';

export const pairNotFound = <T>(): Result<T> => fail([issue('not_found', 'That pair was not found.')]);

/**
 * HR ends a pair: both people become free for a re-match, the pair stays in the history, and the
 * reason is kept confidential to HR (it is not written to the audit log either).
 */
export async function endPair(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: { reason: string },
): Promise<Result<PairRow>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const pair = await getPair(db, caller.orgId, pairId);
    if (!pair) return pairNotFound();
    if (pair.status === 'ended') return fail([issue('conflict', 'This pair has already ended.')]);
    await endPairRow(db, caller.orgId, pairId, deps.now(), input.reason.trim());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'pair.ended',
      target: pairId,
      detail: { programId: pair.programId },
    });
    return ok((await getPair(db, caller.orgId, pairId))!);
  });
}
