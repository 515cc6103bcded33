import { programSettingsSchema } from '#core/programs/program-settings';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow, updateProgramRow } from '#store/programs-store';

export const LESSONS_MAX = 5000;

/**
 * HR's lessons learned for a program, in any phase — a closed program too, where they are written
 * most (the rest of a closed program stays as it was). Cloning the program carries them into the next
 * cohort, which shows them as "Lessons from <this program>".
 */
export async function saveLessonsLearned(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  input: { lessonsLearned: string },
): Promise<Result<{ lessonsLearned: string }>> {
  const text = input.lessonsLearned.trim();
  if (text.length > LESSONS_MAX)
    return fail([
      issue('validation', `Keep the lessons to ${LESSONS_MAX.toLocaleString('en')} characters.`, [
        'lessonsLearned',
      ]),
    ]);
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await getProgramRow(db, caller.orgId, programId);
    if (!row) return programNotFound();
    const settings = programSettingsSchema.parse(row.settings);
    await updateProgramRow(db, caller.orgId, programId, { settings: { ...settings, lessonsLearned: text } });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.lessons_saved',
      target: row.name,
      detail: { programId: row.id, characters: text.length },
    });
    return ok({ lessonsLearned: text });
  });
}
