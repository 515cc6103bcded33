import { occurrenceCancellation } from '#core/calendar/meeting-calendar';
import type { Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { meetingCancelledEmail } from '#server/mail/meeting-emails';
import { calendarMeeting, calendarSeries, loadPairMail } from '#server/use-cases/calendar-context';
import { describeMeeting, type Meeting, meetingNotFound } from '#server/use-cases/describe-meetings';
import { loadMeetingOfOwnPair, notScheduled } from '#server/use-cases/move-meeting';
import { cancelScheduledMeeting, getSeries } from '#store/meeting-series-store';

/**
 * Cancels one scheduled meeting; the rest of the series stays. Both people get the cancellation for
 * their calendar (with the reason, when given, in the email).
 */
export async function cancelMeeting(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
  input: { reason?: string | undefined },
): Promise<Result<Meeting>> {
  const loaded = await loadMeetingOfOwnPair(deps, caller, pairId, meetingId);
  if (!loaded.ok) return loaded;
  const { own, row } = loaded.value;
  if (row.status !== 'scheduled') return notScheduled(row, 'cancelled');
  const series = await getSeries(deps.database.db, caller.orgId, row.seriesId);
  if (!series) return meetingNotFound();
  const before = await describeMeeting(deps, own, meetingId);
  const cancelled = await cancelScheduledMeeting(deps.database.db, caller.orgId, meetingId, deps.now());
  if (!cancelled) return notScheduled(row, 'cancelled');
  const mail = await loadPairMail(deps, caller, own);
  if (mail) {
    const cal = calendarSeries(series);
    const cancellation = occurrenceCancellation(
      mail.context,
      cal,
      calendarMeeting(cancelled, cal, before.ok ? (before.value.topic?.title ?? null) : null),
    );
    for (const person of [mail.me, mail.partner]) {
      await deps.mailer.send(
        deps.database.db,
        meetingCancelledEmail({
          ...mail.to(person),
          cancelledBy: mail.me.name,
          startsAt: cancelled.startsAt,
          reason: input.reason?.trim() ?? '',
          cancellation,
        }),
      );
    }
  }
  return describeMeeting(deps, own, meetingId);
}
