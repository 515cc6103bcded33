import { todayIn } from '#core/programs/calendar-dates';
import type { ProgramDates } from '#core/programs/program-dates';
import { defaultSurveyDates, surveyStatus } from '#core/surveys/survey-schedule';
import type { Db } from '#store/database';
import { listProgramSurveys, updateSurveyRow } from '#store/surveys-store';

/**
 * When HR moves a program's dates, its check-ins that are still scheduled on the default dates move
 * with it. Dates HR chose for a check-in, and check-ins already sent, stay as they are.
 */
export async function moveSurveysWithProgram(
  db: Db,
  orgId: string,
  before: ProgramDates & { readonly id: string },
  after: ProgramDates,
  now: Date,
): Promise<void> {
  const today = todayIn(now);
  for (const survey of await listProgramSurveys(db, orgId, before.id)) {
    const usual = defaultSurveyDates(survey.timing, before);
    if (surveyStatus(survey, today) !== 'scheduled') continue;
    if (survey.opensOn !== usual.opensOn || survey.closesOn !== usual.closesOn) continue;
    const moved = defaultSurveyDates(survey.timing, after);
    if (moved.opensOn !== survey.opensOn || moved.closesOn !== survey.closesOn)
      await updateSurveyRow(db, orgId, survey.id, moved, now);
  }
}
