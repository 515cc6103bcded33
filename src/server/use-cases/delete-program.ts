import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { deleteProgramRow, getProgramRow } from '#store/programs-store';

/** Only a draft can be deleted: once people have been asked to take part, the program is kept. */
export async function deleteProgram(deps: AppDeps, caller: Caller, programId: string): Promise<Result<null>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await getProgramRow(db, caller.orgId, programId);
    if (!row) return programNotFound();
    if (row.phase !== 'draft')
      return fail([issue('conflict', 'Only a draft program can be deleted. Close it instead.')]);
    await deleteProgramRow(db, caller.orgId, programId);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.deleted',
      target: row.name,
    });
    return ok(null);
  });
}
