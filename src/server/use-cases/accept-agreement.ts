import { occurrences } from '#core/calendar/cadence';
import { seriesInvitation } from '#core/calendar/meeting-calendar';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { instantToZoned } from '#core/calendar/zoned-time';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { meetingsAgreedEmail } from '#server/mail/meeting-emails';
import { type Agreement, agreementView, scheduleOf } from '#server/use-cases/agreement-view';
import { calendarMeeting, calendarSeries, loadPairMail } from '#server/use-cases/calendar-context';
import { loadAgreement } from '#server/use-cases/describe-workspace';
import { isWritable, loadOwnPair, type OwnPair } from '#server/use-cases/load-own-pair';
import { pairEnded, versionChanged, whyNotWritten } from '#server/use-cases/save-agreement';
import { scheduleMeetings } from '#server/use-cases/schedule-meetings';
import { acceptAgreementVersion } from '#store/agreements-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { meetingsOfPair, type SeriesRow } from '#store/meeting-series-store';

/**
 * One side accepts the current version. When the partner has already accepted it, the agreement is
 * in force: in one transaction the first meeting series is created from the schedule until the
 * program's end and its meetings generated; then both people get the series as an invitation.
 */
export async function acceptAgreement(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  input: { version: number },
): Promise<Result<Agreement>> {
  const loaded = await loadOwnPair(deps.database.db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  if (!isWritable(own)) return pairEnded();
  const current = await loadAgreement(deps, own);
  if (current.version !== input.version) return versionChanged();
  if (current.agreedAt) return ok(agreementView(current, own.role));

  const schedule = seriesSchedule(scheduleOf(current), deps.now());
  if (occurrences(schedule, own.program.endDate).length === 0) {
    return fail([
      issue(
        'conflict',
        `No meeting day is left before the program ends on ${own.program.endDate}. Change the start date or the day, then accept again.`,
      ),
    ]);
  }

  const done = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await acceptAgreementVersion(
      db,
      own.pair.orgId,
      own.pair.id,
      input.version,
      own.role,
      deps.now(),
    );
    if (!row) return { row: undefined, series: undefined };
    if (!row.agreedAt) return { row, series: undefined };
    const { series } = await scheduleMeetings(db, {
      orgId: own.pair.orgId,
      pairId: own.pair.id,
      schedule,
      endsOn: own.program.endDate,
    });
    await recordAudit(db, {
      orgId: own.pair.orgId,
      actorAccountId: caller.accountId,
      action: 'agreement.agreed',
      target: own.pair.id,
      detail: { programId: own.program.id, version: row.version, seriesId: series.id },
    });
    return { row, series };
  });
  if (!done.row) return whyNotWritten(deps, current);
  if (done.series) await sendInvitations(deps, caller, own, done.series);
  return ok(agreementView(done.row, own.role));
}

/** The series starts on the agreed date, or today (in the schedule's zone) if that has passed. */
function seriesSchedule(schedule: MeetingSchedule, now: Date): MeetingSchedule {
  const today = instantToZoned(now, schedule.timeZone).date;
  return schedule.startsOn < today ? { ...schedule, startsOn: today } : schedule;
}

async function sendInvitations(deps: AppDeps, caller: Caller, own: OwnPair, row: SeriesRow) {
  const { db } = deps.database;
  const [mail, rows] = await Promise.all([
    loadPairMail(deps, caller, own),
    meetingsOfPair(db, own.pair.orgId, own.pair.id),
  ]);
  if (!mail) return;
  const series = calendarSeries(row);
  const meetings = rows.filter((m) => m.seriesId === row.id).map((m) => calendarMeeting(m, series));
  const first = meetings[0];
  if (!first) return;
  const invitation = seriesInvitation(mail.context, series, meetings);
  for (const person of [mail.me, mail.partner]) {
    await deps.mailer.send(
      db,
      meetingsAgreedEmail({
        ...mail.to(person),
        schedule: series.schedule,
        firstMeeting: first.startsAt,
        invitation,
      }),
    );
  }
}
