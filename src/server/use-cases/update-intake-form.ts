import { intakeFormSchema } from '#core/programs/intake-form';
import { answersAreOpen, type Phase } from '#core/programs/program-phase';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow, updateProgramRow } from '#store/programs-store';

/** Replaces a program's intake form while people may still answer it. */
export async function updateIntakeForm(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  questions: unknown,
): Promise<Result<null>> {
  const parsed = intakeFormSchema.safeParse(questions);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => issue(i.code, i.message, ['questions', ...i.path.map(String)])),
    );
  }
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await getProgramRow(db, caller.orgId, programId);
    if (!row) return programNotFound();
    if (!answersAreOpen(row.phase as Phase)) {
      return fail([issue('conflict', 'Matching has started, so the intake form can no longer change.')]);
    }
    await updateProgramRow(db, caller.orgId, programId, { intakeForm: parsed.data });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.form_updated',
      target: row.name,
      detail: { questions: parsed.data.length },
    });
    return ok(null);
  });
}
