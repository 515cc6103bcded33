import { firstOccurrenceDate, occurrences } from '#core/calendar/cadence';
import { seriesInvitation } from '#core/calendar/meeting-calendar';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { addDays, instantToZoned, zonedToInstant } from '#core/calendar/zoned-time';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import type { MailAttachment } from '#server/mail/mailer';
import { cadenceChangedEmail } from '#server/mail/meeting-emails';
import { calendarMeeting, calendarSeries, loadPairMail } from '#server/use-cases/calendar-context';
import { listMeetingsOfPair, type Meeting } from '#server/use-cases/describe-meetings';
import { loadAgreement } from '#server/use-cases/describe-workspace';
import { isWritable, loadOwnPair, type OwnPair } from '#server/use-cases/load-own-pair';
import { pairEnded } from '#server/use-cases/save-agreement';
import { scheduleMeetings } from '#server/use-cases/schedule-meetings';
import { setAgreedSchedule } from '#store/agreements-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import {
  endSeriesOn,
  listSeriesOfPair,
  meetingsOfPair,
  removeUnmovedMeetingsFrom,
  type SeriesRow,
} from '#store/meeting-series-store';

export type CadenceInput = {
  readonly fromDate: string;
  readonly schedule: Omit<MeetingSchedule, 'startsOn'> & { readonly startsOn?: string | undefined };
};

/**
 * The pair meets differently from a date on. Every series still running then ends the day before
 * (its calendar event gets an earlier UNTIL and SEQUENCE + 1) and loses its scheduled meetings from
 * that date that were never moved; moved ones stay. A new series starts on `fromDate` with the new
 * schedule until the program ends. Both people get the new and the changed series as calendar files.
 */
export async function changeCadence(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: CadenceInput,
): Promise<Result<Meeting[]>> {
  const loaded = await loadOwnPair(deps.database.db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  if (!isWritable(own)) return pairEnded();
  const agreement = await loadAgreement(deps, own);
  if (!agreement.agreedAt) {
    return fail([
      issue('conflict', 'Agree your kickoff agreement first; its schedule then becomes your meetings.'),
    ]);
  }
  const schedule: MeetingSchedule = { ...input.schedule, startsOn: input.fromDate };
  const problems = fromDateIssues(own, schedule, instantToZoned(deps.now(), schedule.timeZone).date);
  if (problems.length > 0) return fail(problems);

  const { orgId } = own.pair;
  const changed = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const ended: SeriesRow[] = [];
    for (const series of await listSeriesOfPair(db, orgId, own.pair.id)) {
      if (series.endsOn < input.fromDate) continue;
      const zone = calendarSeries(series).schedule.timeZone;
      await removeUnmovedMeetingsFrom(db, orgId, series.id, zonedToInstant(input.fromDate, '00:00', zone));
      const row = await endSeriesOn(db, orgId, series.id, addDays(input.fromDate, -1));
      if (row) ended.push(row);
    }
    const { series } = await scheduleMeetings(db, {
      orgId,
      pairId: own.pair.id,
      schedule,
      endsOn: own.program.endDate,
    });
    await setAgreedSchedule(db, orgId, own.pair.id, schedule, { personId: own.personId, at: deps.now() });
    await recordAudit(db, {
      orgId,
      actorAccountId: caller.accountId,
      action: 'meeting_series.changed',
      target: own.pair.id,
      detail: { fromDate: input.fromDate, seriesId: series.id, endedSeriesIds: ended.map((s) => s.id) },
    });
    return { series, ended };
  });
  await sendChanges(deps, caller, own, input.fromDate, changed.series, changed.ended);
  return ok(await listMeetingsOfPair(deps, own));
}

function fromDateIssues(own: OwnPair, schedule: MeetingSchedule, today: string) {
  const path = ['fromDate'];
  const end = own.program.endDate;
  if (schedule.startsOn < today) return [issue('invalid', 'Choose a date from today onwards.', path)];
  if (schedule.startsOn > end) {
    return [issue('invalid', `Choose a date on or before the program's last day, ${end}.`, path)];
  }
  if (firstOccurrenceDate(schedule) > end) {
    return [
      issue(
        'invalid',
        `No meeting day falls between ${schedule.startsOn} and the program's end on ${end}. Choose an earlier date or another day.`,
        path,
      ),
    ];
  }
  return [];
}

async function sendChanges(
  deps: AppDeps,
  caller: Caller,
  own: OwnPair,
  fromDate: string,
  created: SeriesRow,
  ended: readonly SeriesRow[],
) {
  const mail = await loadPairMail(deps, caller, own);
  if (!mail) return;
  const rows = await meetingsOfPair(deps.database.db, own.pair.orgId, own.pair.id);
  const invitation = (row: SeriesRow) => {
    const series = calendarSeries(row);
    const meetings = rows.filter((m) => m.seriesId === row.id).map((m) => calendarMeeting(m, series));
    const content = seriesInvitation(mail.context, series, meetings);
    return { series, meetings, content };
  };
  const added = invitation(created);
  const updates: MailAttachment[] = ended.map((row, i) => {
    const { series, content } = invitation(row);
    const method = occurrences(series.schedule, series.endsOn).length === 0 ? 'CANCEL' : 'REQUEST';
    return {
      filename: ended.length === 1 ? 'updated-series.ics' : `updated-series-${i + 1}.ics`,
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content,
    };
  });
  const first = added.meetings[0];
  if (!first) return;
  for (const person of [mail.me, mail.partner]) {
    await deps.mailer.send(
      deps.database.db,
      cadenceChangedEmail({
        ...mail.to(person),
        changedBy: mail.me.name,
        fromDate,
        schedule: added.series.schedule,
        firstMeeting: first.startsAt,
        newSeries: added.content,
        updatedSeries: updates,
      }),
    );
  }
}
