import { utcStamp } from '#core/calendar/cadence';
import { vtimezoneLines } from '#core/calendar/vtimezone';
import { instantToZoned } from '#core/calendar/zoned-time';

/** An RFC 5545 writer for the few shapes Counterpart sends: invitations, updates, cancellations, feeds. */

export type IcsPerson = { name: string; email: string };
export type IcsEvent = {
  uid: string;
  sequence: number;
  stamp: Date;
  /** Written as DTSTART;TZID=<zone>:<local>, and DTEND likewise. */
  start: Date;
  /**
   * The wall clock to write as DTSTART when it is not `start`'s own: a series whose first meeting falls
   * in a spring-forward gap keeps its nominal time (01:30), which RFC 5545 §3.3.5 reads with the offset
   * before the gap, i.e. as `start`; the RRULE then repeats 01:30, not 02:30.
   */
  startWallClock?: { date: string; time: string };
  durationMinutes: number;
  timeZone: string;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
  rrule?: string;
  /** EXDATE;TZID=<zone>:<local>,… */
  exdates?: Date[];
  /** RECURRENCE-ID;TZID=<zone>:<local> */
  recurrenceId?: Date;
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
};

export const PRODID = '-//Counterpart//Pair workspace//EN';
const MINUTE = 60_000;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((character) => character === '\t' || !isControl(character))
    .join('');
}

/** C0 controls and DEL: not allowed in iCalendar values (a TAB is, in TEXT). */
function isControl(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A parameter value (e.g. CN): quoted, without the characters a quoted value may not hold. */
function paramValue(value: string): string {
  const safe = value
    .split('')
    .map((character) => (character === '"' ? "'" : isControl(character) ? ' ' : character))
    .join('');
  return `"${safe.trim()}"`;
}

/** A URI value: no escaping in iCalendar, so line breaks and control characters are simply dropped. */
function uriValue(value: string): string {
  return value
    .split('')
    .filter((character) => character !== ' ' && !isControl(character))
    .join('');
}

/** UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function localStamp(instant: Date, timeZone: string): string {
  const { date, time } = instantToZoned(instant, timeZone);
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}${seconds}`;
}

function wallStamp(wall: { date: string; time: string }): string {
  return `${wall.date.replace(/-/g, '')}T${wall.time.replace(':', '')}00`;
}

function person(property: 'ORGANIZER' | 'ATTENDEE', who: IcsPerson): string {
  const attendee = property === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE' : '';
  return `${property};CN=${paramValue(who.name)}${attendee}:mailto:${uriValue(who.email)}`;
}

function eventLines(event: IcsEvent): string[] {
  const zone = event.timeZone;
  const end = new Date(event.start.getTime() + event.durationMinutes * MINUTE);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=${zone}:${event.startWallClock ? wallStamp(event.startWallClock) : localStamp(event.start, zone)}`,
    `DTEND;TZID=${zone}:${localStamp(end, zone)}`,
  ];
  if (event.recurrenceId) lines.push(`RECURRENCE-ID;TZID=${zone}:${localStamp(event.recurrenceId, zone)}`);
  if (event.rrule) lines.push(`RRULE:${event.rrule}`);
  if (event.exdates && event.exdates.length > 0) {
    lines.push(`EXDATE;TZID=${zone}:${event.exdates.map((date) => localStamp(date, zone)).join(',')}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`, `DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  lines.push(`STATUS:${event.status}`, 'TRANSP:OPAQUE');
  if (event.organizer) lines.push(person('ORGANIZER', event.organizer));
  for (const attendee of event.attendees ?? []) lines.push(person('ATTENDEE', attendee));
  lines.push('END:VEVENT');
  return lines;
}

/** Every instant an event touches, so its zone's VTIMEZONE covers them all (UNTIL included). */
function eventSpan(event: IcsEvent): number[] {
  const times = [event.start.getTime(), event.start.getTime() + event.durationMinutes * MINUTE];
  if (event.recurrenceId) times.push(event.recurrenceId.getTime());
  for (const date of event.exdates ?? []) times.push(date.getTime());
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(event.rrule ?? '');
  if (until) {
    const [, year, month, day, hour, minute, second] = until.map(Number) as number[];
    times.push(Date.UTC(year!, month! - 1, day, hour, minute, second) + event.durationMinutes * MINUTE);
  }
  return times;
}

/**
 * A whole VCALENDAR: PRODID, VERSION 2.0, CALSCALE GREGORIAN, METHOD; X-WR-CALNAME and
 * REFRESH-INTERVAL;VALUE=DURATION:PT<h>H + X-PUBLISHED-TTL when given; one VTIMEZONE per zone used
 * (covering every event's span incl. RRULE/UNTIL); CRLF line ends; lines folded at 75 octets without
 * splitting a UTF-8 character; TEXT values escaped (\\ ; , newline).
 */
export function formatCalendar(input: {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  name?: string;
  refreshHours?: number;
  events: readonly IcsEvent[];
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
  ];
  if (input.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(input.name)}`);
  if (input.refreshHours !== undefined) {
    const hours = Math.max(1, Math.round(input.refreshHours));
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`, `X-PUBLISHED-TTL:PT${hours}H`);
  }
  const spans = new Map<string, { from: number; to: number }>();
  for (const event of input.events) {
    const span = spans.get(event.timeZone) ?? {
      from: Number.POSITIVE_INFINITY,
      to: Number.NEGATIVE_INFINITY,
    };
    for (const time of eventSpan(event)) {
      span.from = Math.min(span.from, time);
      span.to = Math.max(span.to, time);
    }
    spans.set(event.timeZone, span);
  }
  for (const [zone, span] of spans)
    lines.push(...vtimezoneLines(zone, new Date(span.from), new Date(span.to)));
  for (const event of input.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
