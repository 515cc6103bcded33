import { occurrenceUpdate } from '#core/calendar/meeting-calendar';
import { addDays, instantToZoned } from '#core/calendar/zoned-time';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { meetingMovedEmail } from '#server/mail/meeting-emails';
import { calendarMeeting, calendarSeries, loadPairMail } from '#server/use-cases/calendar-context';
import { describeMeeting, type Meeting, meetingNotFound } from '#server/use-cases/describe-meetings';
import { isWritable, loadOwnPair, type OwnPair } from '#server/use-cases/load-own-pair';
import { pairEnded } from '#server/use-cases/save-agreement';
import {
  getMeetingOfPair,
  getSeries,
  type MeetingRow,
  moveScheduledMeeting,
} from '#store/meeting-series-store';

/** A meeting that is not scheduled any more (held, missed or cancelled) cannot be moved or cancelled. */
export function notScheduled<T>(row: Pick<MeetingRow, 'status'>, doing: 'moved' | 'cancelled'): Result<T> {
  const was = { held: 'was held', missed: 'was missed', cancelled: 'was cancelled', scheduled: 'changed' }[
    row.status
  ];
  return fail([issue('conflict', `This meeting ${was}, so it can no longer be ${doing}.`)]);
}

/** The pair's meeting to change: the caller's own running pair, and a meeting of it. */
export async function loadMeetingOfOwnPair(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
): Promise<Result<{ own: OwnPair; row: MeetingRow }>> {
  const loaded = await loadOwnPair(deps.database.db, caller, pairId);
  if (!loaded.ok) return loaded;
  const row = await getMeetingOfPair(deps.database.db, caller.orgId, pairId, meetingId);
  if (!row) return meetingNotFound();
  if (!isWritable(loaded.value)) return pairEnded();
  return ok({ own: loaded.value, row });
}

/**
 * Moves one scheduled meeting to another time within the program (its last day included, plus one
 * for a late evening); its calendar SEQUENCE goes up and both people get the update for their calendar.
 */
export async function moveMeeting(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
  input: { startsAt: string },
): Promise<Result<Meeting>> {
  const loaded = await loadMeetingOfOwnPair(deps, caller, pairId, meetingId);
  if (!loaded.ok) return loaded;
  const { own, row } = loaded.value;
  if (row.status !== 'scheduled') return notScheduled(row, 'moved');
  const series = await getSeries(deps.database.db, caller.orgId, row.seriesId);
  if (!series) return meetingNotFound();
  const cal = calendarSeries(series);
  const startsAt = new Date(input.startsAt);
  const { program } = own;
  const day = instantToZoned(startsAt, cal.schedule.timeZone).date;
  if (day < program.startDate || day > addDays(program.endDate, 1)) {
    return fail([
      issue('invalid', `Choose a time within the program, from ${program.startDate} to ${program.endDate}.`, [
        'startsAt',
      ]),
    ]);
  }
  if (startsAt.getTime() < deps.now().getTime()) {
    return fail([issue('invalid', 'Choose a time that has not passed yet.', ['startsAt'])]);
  }
  if (startsAt.getTime() === row.startsAt.getTime()) return describeMeeting(deps, own, meetingId);

  const moved = await moveScheduledMeeting(deps.database.db, caller.orgId, meetingId, startsAt, deps.now());
  if (!moved) return notScheduled(row, 'moved');
  const meeting = await describeMeeting(deps, own, meetingId);
  const mail = await loadPairMail(deps, caller, own);
  if (mail) {
    const update = occurrenceUpdate(
      mail.context,
      cal,
      calendarMeeting(moved, cal, meeting.ok ? (meeting.value.topic?.title ?? null) : null),
    );
    for (const person of [mail.me, mail.partner]) {
      await deps.mailer.send(
        deps.database.db,
        meetingMovedEmail({
          ...mail.to(person),
          movedBy: mail.me.name,
          movedFrom: row.startsAt,
          movedTo: moved.startsAt,
          update,
        }),
      );
    }
  }
  return meeting;
}
