/**
 * Wall-clock dates and times in IANA time zones, worked out with Intl only (no clock, no I/O).
 * Dates are 'YYYY-MM-DD', times 'HH:MM' (24-hour), weekdays ISO (1 = Monday … 7 = Sunday).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** An IANA zone name the runtime knows ('Europe/London', 'UTC'); not a bare offset like '+05:30'. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!IANA_SHAPE.test(timeZone)) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instant: number, timeZone: string): number {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) fields[part.type] = part.value;
  const year = Number(fields.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  wall.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second), 0);
  return wall.getTime();
}

/** Minutes the zone is ahead of UTC at `instant` (e.g. +60 for British Summer Time, -300 for EST). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockMs(whole, timeZone) - whole) / MINUTE);
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function utcMs(date: string, time = '00:00'): number {
  const { year, month, day } = parseDate(date);
  const { hour, minute } = parseTime(time);
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, day);
  value.setUTCHours(hour, minute, 0, 0);
  return value.getTime();
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function isoDate(ms: number): string {
  const value = new Date(ms);
  return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** 'YYYY-MM-DD' plus whole days, in the proleptic Gregorian calendar (no zone involved). */
export function addDays(date: string, days: number): string {
  return isoDate(utcMs(date) + days * DAY);
}

/** ISO weekday of a 'YYYY-MM-DD' date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(utcMs(date)).getUTCDay() || 7;
}

/**
 * Wall-clock date+time in a zone -> the instant. In a spring-forward gap the time moves forward by the
 * gap (02:30 -> 03:30); in a fall-back overlap the earlier instant is used.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const wall = utcMs(date, time);
  // The offsets in force a day either side: a zone changes its offset at most once within two days.
  const before = wall - (wallClockMs(wall - DAY, timeZone) - (wall - DAY));
  const after = wall - (wallClockMs(wall + DAY, timeZone) - (wall + DAY));
  const candidates = [before, after].filter((instant) => wallClockMs(instant, timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: read the wall clock with the offset from before the change, which lands after it.
  return new Date(before);
}

export function instantToZoned(
  instant: Date,
  timeZone: string,
): { date: string; time: string; weekday: number } {
  const wall = wallClockMs(instant.getTime(), timeZone);
  const value = new Date(wall);
  return {
    date: isoDate(wall),
    time: `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`,
    weekday: value.getUTCDay() || 7,
  };
}
