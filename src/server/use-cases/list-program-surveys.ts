import { ok, type Result } from '#core/result';
import { CAMPAIGN_TIMINGS } from '#core/surveys/survey-schedule';
import { ensureProgramSurveys } from '#server/use-cases/ensure-program-surveys';
import { programNotFound } from '#server/use-cases/program-input';
import { type ProgramSurvey, toProgramSurvey } from '#server/use-cases/program-survey-view';
import type { Db } from '#store/database';
import { getProgramRow } from '#store/programs-store';
import { listProgramSurveys as listSurveyRows } from '#store/surveys-store';

/**
 * A program's check-in surveys for HR, in the order they are sent, with their status and counts.
 * Programs created before check-ins existed get their surveys here, on first look.
 */
export async function listProgramSurveys(
  db: Db,
  orgId: string,
  programId: string,
  now: Date,
): Promise<Result<{ items: ProgramSurvey[] }>> {
  const program = await getProgramRow(db, orgId, programId);
  if (!program) return programNotFound();
  let rows = await listSurveyRows(db, orgId, programId);
  if (rows.length < CAMPAIGN_TIMINGS.length) {
    await ensureProgramSurveys(db, orgId, program);
    rows = await listSurveyRows(db, orgId, programId);
  }
  return ok({ items: rows.map((row) => toProgramSurvey(row, now)) });
}
