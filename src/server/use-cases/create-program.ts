import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { ensureProgramSurveys } from '#server/use-cases/ensure-program-surveys';
import { checkProgramInput, type ProgramInput } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { insertProgram, type ProgramRow, recordTransition } from '#store/programs-store';

/** A new program in draft, with the defaults of its type, the default intake form and its check-ins. */
export async function createProgram(
  deps: AppDeps,
  caller: Caller,
  input: ProgramInput,
): Promise<Result<ProgramRow>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const checked = await checkProgramInput(db, caller.orgId, input);
    if (!checked.ok) return checked;
    const row = await insertProgram(db, caller.orgId, {
      ...checked.value,
      phase: 'draft',
      intakeForm: defaultIntakeForm(),
    });
    await ensureProgramSurveys(db, caller.orgId, row);
    await recordTransition(db, {
      orgId: caller.orgId,
      programId: row.id,
      fromPhase: null,
      toPhase: 'draft',
      actorAccountId: caller.accountId,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.created',
      target: row.name,
    });
    return ok(row);
  });
}
