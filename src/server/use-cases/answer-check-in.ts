import { todayIn } from '#core/programs/calendar-dates';
import { fail, issue, ok, type Result } from '#core/result';
import { checkSurveyAnswers } from '#core/surveys/survey-answers';
import { surveyStatus } from '#core/surveys/survey-schedule';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { checkInNotFound, type MyCheckInDetail, toMyCheckInDetail } from '#server/use-cases/my-check-in-view';
import { getCheckInOf, saveSurveyResponse } from '#store/surveys-store';

/**
 * The caller answers one of their own check-ins, or changes their answers, until it closes. Answers
 * are checked against the questions for their side; each problem names its question
 * (`['answers', questionId, …]`). The partner never sees them; HR sees only aggregates.
 */
export async function answerCheckIn(
  deps: AppDeps,
  caller: Caller,
  recipientId: string,
  raw: Readonly<Record<string, unknown>>,
): Promise<Result<MyCheckInDetail>> {
  const { db } = deps.database;
  const now = deps.now();
  if (!caller.personId) return checkInNotFound();
  const row = await getCheckInOf(db, caller.orgId, caller.personId, recipientId);
  if (!row) return checkInNotFound();
  const status = surveyStatus(row.survey, todayIn(now));
  if (status !== 'open')
    return fail([
      issue(
        'conflict',
        status === 'closed'
          ? 'This check-in has closed, so answers can no longer be given or changed.'
          : 'This check-in is not open yet.',
      ),
    ]);
  const answers = checkSurveyAnswers(row.survey.template, row.side, raw);
  if (!answers.ok) return answers;
  await saveSurveyResponse(
    db,
    caller.orgId,
    { surveyId: row.survey.id, recipientId, answers: answers.value },
    now,
  );
  const saved = await getCheckInOf(db, caller.orgId, caller.personId, recipientId);
  return saved ? ok(toMyCheckInDetail(saved, now)) : checkInNotFound();
}
