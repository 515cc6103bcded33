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

/**
 * HR sends a check-in now rather than on its date: it opens today, and the `survey-invitations` job
 * invites everyone in the program's active and paused pairs. Sending an open check-in again invites
 * only those not invited yet (pairs formed since). A closed one cannot be sent.
 */
export async function sendProgramSurvey(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  surveyId: string,
): Promise<Result<ProgramSurvey>> {
  const now = deps.now();
  const today = todayIn(now);
  const opened = await deps.database.db.transaction(async (tx): Promise<Result<null>> => {
    const db = tx as unknown as Db;
    if (!(await getProgramRow(db, caller.orgId, programId))) return programNotFound();
    const survey = await getProgramSurvey(db, caller.orgId, programId, surveyId);
    if (!survey) return surveyNotFound();
    if (surveyStatus(survey, today) === 'closed')
      return fail([issue('conflict', 'This check-in is closed, so it can no longer be sent.')]);
    await updateSurveyRow(
      db,
      caller.orgId,
      surveyId,
      {
        ...(survey.opensOn > today ? { opensOn: today } : {}),
        ...(survey.openedAt ? {} : { openedAt: now }),
      },
      now,
    );
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'survey.sent',
      target: survey.template.title,
      detail: { programId, surveyId },
    });
    return ok(null);
  });
  if (!opened.ok) return opened;
  await deps.jobs.enqueue('survey-invitations', { orgId: caller.orgId, surveyId });
  const survey = await getProgramSurvey(deps.database.db, caller.orgId, programId, surveyId);
  return survey ? ok(toProgramSurvey(survey, now)) : surveyNotFound();
}
