import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { addDays, weekdayOf, zonedToInstant } from '#core/calendar/zoned-time';

/** When a pair's meetings fall: every `everyWeeks` weeks on one weekday, at one wall-clock time. */

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

type Cadence = Pick<MeetingSchedule, 'weekday' | 'time' | 'timeZone' | 'everyWeeks' | 'startsOn'>;

/** The local date of the first meeting: the first `weekday` on or after `startsOn`. */
export function firstOccurrenceDate(schedule: Cadence): string {
  return addDays(schedule.startsOn, (schedule.weekday - weekdayOf(schedule.startsOn) + 7) % 7);
}

/** The local dates of every meeting from the first through `endsOn` (inclusive). */
export function occurrenceDates(schedule: Cadence, endsOn: string): string[] {
  const dates: string[] = [];
  for (
    let date = firstOccurrenceDate(schedule);
    date <= endsOn;
    date = addDays(date, 7 * schedule.everyWeeks)
  ) {
    dates.push(date);
  }
  return dates;
}

/**
 * Every meeting start from the first occurrence, every `everyWeeks` weeks, through `endsOn` (a local date
 * in the schedule's zone, inclusive), each at the schedule's wall-clock time in its zone: DST-correct.
 * Empty when the first occurrence is after endsOn.
 */
export function occurrences(schedule: Cadence, endsOn: string): Date[] {
  return occurrenceDates(schedule, endsOn).map((date) =>
    zonedToInstant(date, schedule.time, schedule.timeZone),
  );
}

/** 'YYYYMMDDTHHMMSSZ' for an instant (iCalendar's UTC form). */
export function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The RRULE value for the same occurrences: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630T090000Z'
 * (UNTIL = the last occurrence's start in UTC). Expanding it from DTSTART;TZID=zone:<first local start>
 * gives exactly `occurrences()`. An RRULE cannot describe no meetings at all (DTSTART always counts), so
 * this throws a RangeError when `occurrences()` is empty: check that first.
 */
export function recurrenceRule(schedule: Cadence, endsOn: string): string {
  const starts = occurrences(schedule, endsOn);
  const last = starts.at(-1);
  if (!last) throw new RangeError(`No meeting falls between ${schedule.startsOn} and ${endsOn}.`);
  const day = RRULE_DAYS[schedule.weekday - 1];
  return `FREQ=WEEKLY;INTERVAL=${schedule.everyWeeks};BYDAY=${day};UNTIL=${utcStamp(last)}`;
}
