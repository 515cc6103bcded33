import { instantToZoned, offsetMinutes } from '#core/calendar/zoned-time';

/**
 * VTIMEZONE components built from the runtime's own zone data (Intl): each offset change in the span
 * becomes one STANDARD or DAYLIGHT observance, so calendars agree with how we computed the meetings.
 */

const DAY = 86_400_000;
const YEAR = 366 * DAY;
/** Offsets are sampled weekly; zones do not change twice within a week. */
const STEP = 7 * DAY;

type Transition = { at: number; from: number; to: number };

/** The first minute at which the offset differs from the one at `lo` (lo < hi, offsets differ). */
function firstChange(lo: number, hi: number, timeZone: string): number {
  const before = offsetMinutes(new Date(lo), timeZone);
  let low = Math.floor(lo / 60_000);
  let high = Math.ceil(hi / 60_000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetMinutes(new Date(middle * 60_000), timeZone) === before) low = middle;
    else high = middle;
  }
  return high * 60_000;
}

function transitions(timeZone: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(new Date(from), timeZone);
  for (let at = from; at < to; ) {
    const next = Math.min(at + STEP, to);
    const offset = offsetMinutes(new Date(next), timeZone);
    if (offset !== previous) {
      const change = firstChange(at, next, timeZone);
      const to = offsetMinutes(new Date(change), timeZone);
      found.push({ at: change, from: previous, to });
      previous = to;
      at = change;
    } else {
      at = next;
    }
  }
  return found;
}

/** '+0530', '-0500', '+1245' */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}${String(magnitude % 60).padStart(2, '0')}`;
}

/** Daylight saving: an offset above the lower of the year's January and July offsets. */
function isDaylight(instant: number, offset: number, timeZone: string): boolean {
  const year = new Date(instant).getUTCFullYear();
  const january = offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone);
  const july = offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone);
  return january !== july && offset > Math.min(january, july);
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function abbreviation(instant: number, offset: number, timeZone: string): string {
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ']) {
    const key = `${locale} ${timeZone}`;
    let formatter = nameFormatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      nameFormatters.set(key, formatter);
    }
    const name = formatter
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && /^[A-Za-z]{2,6}$/.test(name) && (offset === 0 || !/^(GMT|UTC)$/.test(name))) return name;
  }
  return formatOffset(offset);
}

/** Local 'YYYYMMDDTHHMMSS' of an instant read with a fixed offset. */
function localStamp(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function observance(timeZone: string, at: number, from: number, to: number): string[] {
  const kind = isDaylight(at, to, timeZone) ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    // The onset as the wall clock showed it just before the change (RFC 5545 §3.6.5).
    `DTSTART:${localStamp(at, from)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `TZNAME:${abbreviation(at, to, timeZone)}`,
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE lines for an IANA zone covering [from, to] (padded a year each side): the actual
 * transitions found from Intl (STANDARD/DAYLIGHT observances with DTSTART, TZOFFSETFROM, TZOFFSETTO,
 * TZNAME); a zone without DST gets one STANDARD. UTC is still a valid VTIMEZONE.
 */
export function vtimezoneLines(timeZone: string, from: Date, to: Date): string[] {
  const start = Math.min(from.getTime(), to.getTime()) - YEAR;
  const end = Math.max(from.getTime(), to.getTime()) + YEAR;
  const changes = transitions(timeZone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const first = changes[0];
  if (!first || first.at > from.getTime()) {
    // Nothing changes before the span begins: one observance from the padded start onwards.
    const offset = offsetMinutes(new Date(start), timeZone);
    const { date } = instantToZoned(new Date(start), timeZone);
    const onset = Date.UTC(Number(date.slice(0, 4)), 0, 1) - offset * 60_000;
    lines.push(...observance(timeZone, onset, offset, offset));
  }
  for (const change of changes) lines.push(...observance(timeZone, change.at, change.from, change.to));
  lines.push('END:VTIMEZONE');
  return lines;
}
