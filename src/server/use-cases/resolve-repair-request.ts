import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getRepairRequest, resolveRepairRequestRow } from '#store/pairs-store';

/** HR marks a re-pair request as dealt with (after ending the pair, talking to the person, …). */
export async function resolveRepairRequest(deps: AppDeps, caller: Caller, id: string): Promise<Result<null>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const request = await getRepairRequest(db, caller.orgId, id);
    if (!request) return fail([issue('not_found', 'That request was not found.')]);
    if (request.status === 'resolved') return fail([issue('conflict', 'This request is already resolved.')]);
    await resolveRepairRequestRow(db, caller.orgId, id, deps.now());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'repair_request.resolved',
      target: id,
    });
    return ok(null);
  });
}
