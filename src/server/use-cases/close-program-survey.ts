import { todayIn } from '#core/programs/calendar-dates';
import { fail, issue, ok, type Result } from '#core/result';
import { surveyStatus } from '#core/surveys/survey-schedule';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { type ProgramSurvey, surveyNotFound, toProgramSurvey } from '#server/use-cases/program-survey-view';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow } from '#store/programs-store';
import { getProgramSurvey, updateSurveyRow } from '#store/surveys-store';

/** HR closes an open check-in before its closing date: answers can no longer be given or changed. */
export async function closeProgramSurvey(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  surveyId: string,
): Promise<Result<ProgramSurvey>> {
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await getProgramRow(db, caller.orgId, programId))) return programNotFound();
    const survey = await getProgramSurvey(db, caller.orgId, programId, surveyId);
    if (!survey) return surveyNotFound();
    const status = surveyStatus(survey, todayIn(now));
    if (status !== 'open')
      return fail([
        issue(
          'conflict',
          status === 'closed' ? 'This check-in is already closed.' : 'This check-in has not been sent yet.',
        ),
      ]);
    await updateSurveyRow(db, caller.orgId, surveyId, { closedAt: now }, now);
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'survey.closed',
      target: survey.template.title,
      detail: { programId, surveyId },
    });
    const closed = await getProgramSurvey(db, caller.orgId, programId, surveyId);
    return closed ? ok(toProgramSurvey(closed, now)) : surveyNotFound();
  });
}
