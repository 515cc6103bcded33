import { type MeasureChoice, programMeasureChoices } from '#core/impact/impact-measures';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { getProgramRow } from '#store/programs-store';
import { listProgramSurveys } from '#store/surveys-store';

/**
 * The measures HR may link a program's objectives to: the fixed ones and a before/after pair for each
 * question of its final review paired with a kickoff one. These follow HR's edits to the surveys, so
 * they are read per program.
 */
export async function listMeasureChoices(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<MeasureChoice[]>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const surveys = await listProgramSurveys(db, orgId, programId);
  return ok(programMeasureChoices(surveys.map((s) => s.template)));
}
