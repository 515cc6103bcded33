import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { type HrConcernView, hrConcern } from '#server/use-cases/list-concerns';
import { concernNotFound } from '#server/use-cases/list-my-concerns';
import { recordAudit } from '#store/audit-store';
import { setConcernStatus } from '#store/concerns-store';
import type { Db } from '#store/database';

/** HR marks a concern as dealt with. The participant can still write again, which opens it anew. */
export async function resolveConcern(
  deps: AppDeps,
  caller: Caller,
  concernId: string,
): Promise<Result<HrConcernView>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const concern = await hrConcern(db, caller, concernId);
    if (!concern) return concernNotFound();
    if (concern.status === 'resolved') return fail([issue('conflict', 'This concern is already resolved.')]);
    await setConcernStatus(db, caller.orgId, concernId, 'resolved', deps.now());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'concern.resolved',
      target: concernId,
    });
    return ok((await hrConcern(db, caller, concernId))!);
  });
}
