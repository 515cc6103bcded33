import { type IntakeForm, intakeFormSchema } from '#core/programs/intake-form';
import { type ProgramSettings, programSettingsSchema } from '#core/programs/program-settings';
import { fail, issue, ok, type Result } from '#core/result';
import type { Db } from '#store/database';
import { getProgramRow, type ProgramRow } from '#store/programs-store';

/** A program as enrollment needs it: the row with its settings and intake form parsed. */
export type EnrollmentProgram = {
  readonly row: ProgramRow;
  readonly settings: ProgramSettings;
  readonly form: IntakeForm;
};

export function parseProgram(row: ProgramRow): EnrollmentProgram {
  return {
    row,
    settings: programSettingsSchema.parse(row.settings),
    form: intakeFormSchema.parse(row.intakeForm),
  };
}

/** The program of the caller's organisation, or `not_found` (another tenant's id is simply unknown). */
export async function loadEnrollmentProgram(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<EnrollmentProgram>> {
  const row = await getProgramRow(db, orgId, programId);
  if (!row) return fail([issue('not_found', 'That program was not found.')]);
  return ok(parseProgram(row));
}
