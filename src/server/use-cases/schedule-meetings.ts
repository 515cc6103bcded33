import { occurrences } from '#core/calendar/cadence';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import type { Db } from '#store/database';
import { insertGeneratedMeetings, insertSeries, type SeriesRow } from '#store/meeting-series-store';

/**
 * Starts a meeting series for a pair on `schedule` from its `startsOn` through `endsOn` (inclusive,
 * in the schedule's zone) and generates its meetings, each lasting the schedule's duration.
 */
export async function scheduleMeetings(
  db: Db,
  input: { orgId: string; pairId: string; schedule: MeetingSchedule; endsOn: string },
): Promise<{ series: SeriesRow; starts: Date[] }> {
  const { schedule } = input;
  const series = await insertSeries(db, {
    orgId: input.orgId,
    pairId: input.pairId,
    schedule,
    startsOn: schedule.startsOn,
    endsOn: input.endsOn,
  });
  const starts = occurrences(schedule, input.endsOn);
  await insertGeneratedMeetings(db, series, starts, schedule.durationMinutes);
  return { series, starts };
}
