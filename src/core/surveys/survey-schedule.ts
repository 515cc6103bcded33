import { isIsoDate, todayIn } from '#core/programs/calendar-dates';
import type { ProgramDates } from '#core/programs/program-dates';
import { fail, type Issue, issue, ok, type Result } from '#core/result';

/**
 * When a program's check-in surveys open and close (issue 7), as calendar dates (`YYYY-MM-DD`, UTC).
 *
 * Default dates, from the program's own dates:
 *   kickoff  opens on the start date,        closes 14 days later;
 *   midpoint opens on the midpoint date,     closes 14 days later;
 *   final    opens 7 days before the end,    closes 14 days after the end.
 * Status is derived: `closed` once HR closed it or today is after `closesOn`; else `open` once it was
 * opened (by the job on `opensOn`, or by HR sending it early); else `scheduled`.
 * One reminder goes to each person who has not answered, from 3 days before `closesOn` (not on the
 * day they were invited).
 */
export const CAMPAIGN_TIMINGS = ['kickoff', 'midpoint', 'final'] as const;
export type CampaignTiming = (typeof CAMPAIGN_TIMINGS)[number];
export const SURVEY_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const SURVEY_OPEN_DAYS = 14;
export const FINAL_OPENS_DAYS_BEFORE_END = 7;
export const REMINDER_DAYS_BEFORE_CLOSE = 3;

export type SurveyDates = { readonly opensOn: string; readonly closesOn: string };
export type SurveyState = SurveyDates & {
  readonly openedAt: Date | null;
  readonly closedAt: Date | null;
};

/** A calendar date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(at + days * 86_400_000).toISOString().slice(0, 10);
}

/** The default dates of one survey of a program; see the table above. */
export function defaultSurveyDates(timing: CampaignTiming, program: ProgramDates): SurveyDates {
  const DATES: Readonly<Record<CampaignTiming, () => SurveyDates>> = {
    kickoff: () => ({ opensOn: program.startDate, closesOn: addDays(program.startDate, SURVEY_OPEN_DAYS) }),
    midpoint: () => ({
      opensOn: program.midpointDate,
      closesOn: addDays(program.midpointDate, SURVEY_OPEN_DAYS),
    }),
    final: () => ({
      opensOn: addDays(program.endDate, -FINAL_OPENS_DAYS_BEFORE_END),
      closesOn: addDays(program.endDate, SURVEY_OPEN_DAYS),
    }),
  };
  return DATES[timing]();
}

export function surveyStatus(survey: SurveyState, today: string): SurveyStatus {
  if (survey.closedAt !== null || today > survey.closesOn) return 'closed';
  return survey.openedAt !== null ? 'open' : 'scheduled';
}

/** The latest `closesOn` of surveys whose reminders are due today. */
export function remindersCloseBy(today: string): string {
  return addDays(today, REMINDER_DAYS_BEFORE_CLOSE);
}

/**
 * Whether one person's reminder is due today: the survey is open and closes within 3 days, and they
 * have neither answered nor been reminded. Someone invited today is not reminded the same day.
 */
export function isReminderDue(
  survey: SurveyState,
  recipient: {
    readonly invitedAt: Date;
    readonly respondedAt: Date | null;
    readonly remindedAt: Date | null;
  },
  today: string,
): boolean {
  return (
    surveyStatus(survey, today) === 'open' &&
    survey.closesOn <= remindersCloseBy(today) &&
    todayIn(recipient.invitedAt) < today &&
    recipient.respondedAt === null &&
    recipient.remindedAt === null
  );
}

/**
 * HR's change of a survey's dates, checked against its status: a closed survey keeps its dates; an
 * open one may only move its closing date (not into the past); a scheduled one may move both. The
 * survey must close after it opens. Conflicts have the code `conflict` (409); the rest are field issues.
 */
export function checkSurveyDates(
  current: SurveyState,
  change: { readonly opensOn?: string | undefined; readonly closesOn?: string | undefined },
  today: string,
): Result<SurveyDates> {
  const malformed = (['opensOn', 'closesOn'] as const).filter((k) => {
    const value = change[k];
    return value !== undefined && !isIsoDate(value);
  });
  if (malformed.length > 0)
    return fail(malformed.map((k) => issue('invalid_date', 'Enter a date as YYYY-MM-DD.', [k])));
  const next = { opensOn: change.opensOn ?? current.opensOn, closesOn: change.closesOn ?? current.closesOn };
  const status = surveyStatus(current, today);
  const movesOpening = next.opensOn !== current.opensOn;
  const movesClosing = next.closesOn !== current.closesOn;
  if (status === 'closed' && (movesOpening || movesClosing))
    return fail([issue('conflict', 'This check-in is closed, so its dates can no longer change.', [])]);
  if (status === 'open' && movesOpening)
    return fail([
      issue(
        'conflict',
        'This check-in is already open, so it can no longer open on another day. You can still move its closing date.',
        ['opensOn'],
      ),
    ]);
  const issues: Issue[] = [];
  if (next.closesOn <= next.opensOn)
    issues.push(issue('closes_before_opens', 'Choose a closing date after the opening date.', ['closesOn']));
  else if (movesClosing && next.closesOn < today)
    issues.push(
      issue('closes_in_past', 'Choose today or a later closing date. To end the check-in now, close it.', [
        'closesOn',
      ]),
    );
  return issues.length > 0 ? fail(issues) : ok(next);
}
