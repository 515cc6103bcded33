import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { pairNotFound } from '#server/use-cases/end-pair';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getPair, insertRepairRequest } from '#store/pairs-store';

/**
 * A participant asks HR, confidentially, to be re-paired. Only one's own active or paused pair;
 * anyone else's pair is simply not found. The partner is never told; HR sees it in its list.
 */
export async function requestRepair(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: { reason: string },
): Promise<Result<{ id: string }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const pair = await getPair(db, caller.orgId, pairId);
    const mine =
      pair && caller.personId && [pair.mentorPersonId, pair.menteePersonId].includes(caller.personId);
    if (!pair || !mine || !caller.personId) return pairNotFound();
    if (pair.status === 'ended') return fail([issue('conflict', 'This pair has already ended.')]);
    const row = await insertRepairRequest(db, {
      orgId: caller.orgId,
      pairId,
      requestedByPersonId: caller.personId,
      reason: input.reason.trim(),
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'repair_request.created',
      target: row.id,
      detail: { programId: pair.programId },
    });
    return ok({ id: row.id });
  });
}
