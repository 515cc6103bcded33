import { todayIn } from '#core/programs/calendar-dates';
import { fail, issue, type Result } from '#core/result';
import type { SurveyAnswers } from '#core/surveys/survey-answers';
import { type CampaignTiming, type SurveyStatus, surveyStatus } from '#core/surveys/survey-schedule';
import { questionsForSide, type RespondentSide, type SurveyQuestion } from '#core/surveys/survey-template';
import type { CheckInRow } from '#store/surveys-store';

/** A check-in as the person asked to answer it sees it (docs/api/check-ins.md). */
export type MyCheckIn = {
  /** The survey_recipients id. */
  id: string;
  programId: string;
  programName: string;
  title: string;
  timing: CampaignTiming;
  partnerName: string;
  status: SurveyStatus;
  closesOn: string;
  answeredAt: string | null;
};

/** One check-in with its questions for the person's side and their own answers, if any. */
export type MyCheckInDetail = {
  checkIn: MyCheckIn;
  intro: string;
  audienceNote: string;
  side: RespondentSide;
  questions: SurveyQuestion[];
  answers: SurveyAnswers | null;
};

export function toMyCheckIn(row: CheckInRow, now: Date): MyCheckIn {
  return {
    id: row.recipientId,
    programId: row.programId,
    programName: row.programName,
    title: row.survey.template.title,
    timing: row.survey.timing,
    partnerName: row.partnerName,
    status: surveyStatus(row.survey, todayIn(now)),
    closesOn: row.survey.closesOn,
    answeredAt: row.respondedAt?.toISOString() ?? null,
  };
}

export function toMyCheckInDetail(
  row: CheckInRow & { readonly answers: SurveyAnswers | null },
  now: Date,
): MyCheckInDetail {
  const { template } = row.survey;
  return {
    checkIn: toMyCheckIn(row, now),
    intro: template.intro,
    audienceNote: template.audienceNote,
    side: row.side,
    questions: questionsForSide(template, row.side),
    answers: row.answers,
  };
}

/** Someone else's check-in, or none: the same answer, so nothing is confirmed. */
export function checkInNotFound(): Result<never> {
  return fail([issue('not_found', 'That check-in was not found.')]);
}
