import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { moveSurveysWithProgram } from '#server/use-cases/move-surveys-with-program';
import { checkProgramInput, type ProgramInput, programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow, type ProgramRow, updateProgramRow } from '#store/programs-store';

/** Edits a program's settings; a closed program is history and stays as it was. */
export async function updateProgram(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  input: ProgramInput,
): Promise<Result<ProgramRow>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await getProgramRow(db, caller.orgId, programId);
    if (!row) return programNotFound();
    if (row.phase === 'closed')
      return fail([
        issue('conflict', 'A closed program cannot be edited. Clone it into a new cohort instead.'),
      ]);
    const checked = await checkProgramInput(db, caller.orgId, input);
    if (!checked.ok) return checked;
    await updateProgramRow(db, caller.orgId, programId, checked.value);
    await moveSurveysWithProgram(db, caller.orgId, row, checked.value, deps.now());
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.updated',
      target: checked.value.name,
    });
    return ok((await getProgramRow(db, caller.orgId, programId))!);
  });
}
