import { type MeetingSchedule, WEEKDAY_NAMES } from '#core/calendar/meeting-schedule';
import { escapeHtml } from '#server/mail/account-emails';
import type { MailAttachment, MailMessage } from '#server/mail/mailer';

/**
 * Emails about a pair's meetings, each carrying the calendar file that puts the change into the
 * recipient's calendar. Times are shown in the recipient's own time zone.
 */

export type MeetingMailBase = {
  readonly orgId: string;
  readonly orgName: string;
  readonly to: { readonly name: string; readonly email: string; readonly timeZone: string };
  readonly partnerName: string;
  readonly programName: string;
  readonly workspaceUrl: string;
};

const CALENDAR = 'text/calendar; charset=utf-8';

function calendarFile(filename: string, method: 'REQUEST' | 'CANCEL', content: string): MailAttachment {
  return { filename, contentType: `${CALENDAR}; method=${method}`, content };
}

/** "Tuesday 3 March 2026 at 10:00 (Europe/London)" in the given zone. */
export function whenIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const f = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  return `${f.weekday} ${f.day} ${f.month} ${f.year} at ${f.hour}:${f.minute} (${timeZone})`;
}

/** "every 2 weeks on Tuesday at 10:00 (Europe/London)" */
export function cadenceWords(
  schedule: Pick<MeetingSchedule, 'everyWeeks' | 'weekday' | 'time' | 'timeZone'>,
) {
  const every = schedule.everyWeeks === 1 ? 'every week' : `every ${schedule.everyWeeks} weeks`;
  return `${every} on ${WEEKDAY_NAMES[schedule.weekday - 1]} at ${schedule.time} (${schedule.timeZone})`;
}

function message(
  mail: MeetingMailBase,
  subject: string,
  paragraphs: readonly string[],
  attachments: readonly MailAttachment[],
): MailMessage {
  const all = [`Hello ${mail.to.name},`, ...paragraphs, `Your pair workspace: ${mail.workspaceUrl}`];
  const html = all.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join('');
  return {
    orgId: mail.orgId,
    to: mail.to.email,
    subject,
    text: all.join('\n\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
    attachments,
  };
}

/** Both accepted the agreement: the whole series as one invitation. */
export function meetingsAgreedEmail(
  mail: MeetingMailBase & {
    readonly schedule: MeetingSchedule;
    readonly firstMeeting: Date;
    readonly invitation: string;
  },
): MailMessage {
  return message(
    mail,
    `Your meetings with ${mail.partnerName}: ${cadenceWords(mail.schedule)}`,
    [
      `You and ${mail.partnerName} have agreed how you will meet in ${mail.programName}: ${cadenceWords(mail.schedule)}, ${mail.schedule.durationMinutes} minutes each time.`,
      `Your first meeting: ${whenIn(mail.firstMeeting, mail.to.timeZone)}.`,
      'The attached invitation (invitation.ics) puts every meeting in your calendar. If your partner moves or cancels one, you will get an update.',
    ],
    [calendarFile('invitation.ics', 'REQUEST', mail.invitation)],
  );
}

/** One meeting moved to another time. */
export function meetingMovedEmail(
  mail: MeetingMailBase & {
    readonly movedBy: string;
    readonly movedFrom: Date;
    readonly movedTo: Date;
    readonly update: string;
  },
): MailMessage {
  const when = whenIn(mail.movedTo, mail.to.timeZone);
  return message(
    mail,
    `Meeting moved: ${mail.partnerName} on ${when}`,
    [
      `${mail.movedBy} moved your meeting of ${whenIn(mail.movedFrom, mail.to.timeZone)}.`,
      `It is now on ${when}.`,
      'The attached update (update.ics) changes it in your calendar.',
    ],
    [calendarFile('update.ics', 'REQUEST', mail.update)],
  );
}

/** One meeting cancelled. */
export function meetingCancelledEmail(
  mail: MeetingMailBase & {
    readonly cancelledBy: string;
    readonly startsAt: Date;
    readonly reason: string;
    readonly cancellation: string;
  },
): MailMessage {
  const when = whenIn(mail.startsAt, mail.to.timeZone);
  return message(
    mail,
    `Meeting cancelled: ${mail.partnerName} on ${when}`,
    [
      `${mail.cancelledBy} cancelled your meeting of ${when}.`,
      ...(mail.reason ? [`Reason: ${mail.reason}`] : []),
      'The attached cancellation (cancellation.ics) removes it from your calendar. Your other meetings stay as they are.',
    ],
    [calendarFile('cancellation.ics', 'CANCEL', mail.cancellation)],
  );
}

/**
 * The cadence changes from a date. Two calendar files, one per series, because an invitation carries
 * one event series: new-series.ics (first: mail apps show it as the invitation to accept) adds the new
 * meetings; updated-series.ics ends the earlier series the day before (or cancels it if none is left).
 */
export function cadenceChangedEmail(
  mail: MeetingMailBase & {
    readonly changedBy: string;
    readonly fromDate: string;
    readonly schedule: MeetingSchedule;
    readonly firstMeeting: Date;
    readonly newSeries: string;
    /** updated-series.ics: each earlier series, now ending the day before (or cancelled). */
    readonly updatedSeries: readonly MailAttachment[];
  },
): MailMessage {
  return message(
    mail,
    `Your meetings with ${mail.partnerName} change from ${mail.fromDate}: ${cadenceWords(mail.schedule)}`,
    [
      `${mail.changedBy} changed how you meet in ${mail.programName}. From ${mail.fromDate}: ${cadenceWords(mail.schedule)}, ${mail.schedule.durationMinutes} minutes each time.`,
      `Your first meeting on the new schedule: ${whenIn(mail.firstMeeting, mail.to.timeZone)}.`,
      'Open both attachments: new-series.ics adds the new meetings to your calendar, and updated-series.ics ends the earlier ones. Meetings you moved yourselves stay as they are.',
    ],
    [calendarFile('new-series.ics', 'REQUEST', mail.newSeries), ...mail.updatedSeries],
  );
}
