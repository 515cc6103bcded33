import type { AgreementNudgeDay } from '#core/reminders/reminder-timing';

/**
 * The send-once keys of the reminder jobs (docs/api/check-ins.md, "Jobs"). A key names the occasion,
 * so the same occasion is never emailed twice, and a new one (a moved meeting, a new quiet spell, a
 * new week) gets its own email.
 */

/** One side of one meeting at one start time: moving the meeting makes a new occasion. */
export const meetingReminderKey = (meetingId: string, startsAt: Date, personId: string): string =>
  `meeting-reminder:${meetingId}:${startsAt.toISOString()}:${personId}`;

export const agreementNudgeKey = (pairId: string, personId: string, day: AgreementNudgeDay): string =>
  `agreement-nudge:${pairId}:${personId}:${day}`;

/** `since`: the date of the last activity, naming the quiet spell. */
export const quietNudgeKey = (pairId: string, personId: string, since: string): string =>
  `quiet-nudge:${pairId}:${personId}:${since}`;

export const hrDigestKey = (accountId: string, isoWeek: string): string =>
  `hr-digest:${accountId}:${isoWeek}`;
