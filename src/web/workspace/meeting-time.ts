/** Meeting times shown and entered in a given IANA time zone, with Intl only (no date library). */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    formats.set(key, found);
  }
  return found;
}

const partsOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/** The wall clock in `zone` at `instant`: date 'YYYY-MM-DD', time 'HH:MM'. */
export function wallClock(instant: string | Date, zone: string): { date: string; time: string } {
  const parts = format(zone, partsOptions).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Milliseconds `zone` is ahead of UTC at `epoch`. */
function offsetAt(epoch: number, zone: string): number {
  const parts = format(zone, partsOptions).formatToParts(new Date(epoch));
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(epoch / 1000) * 1000;
}

/**
 * The instant (ISO, UTC) when the wall clock in `zone` shows `date` `time`. A time skipped by a
 * daylight-saving change lands an hour later; a repeated one takes the first.
 */
export function instantOf(date: string, time: string, zone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const local = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  let epoch = local - offsetAt(local, zone);
  epoch = local - offsetAt(epoch, zone);
  return new Date(epoch).toISOString();
}

/** Today's date in `zone`. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return wallClock(now, zone).date;
}

/** "Tue 6 Oct 2026" in `zone`. */
export function formatDay(instant: string, zone: string): string {
  const parts = format(zone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "10:00" (24-hour) in `zone`. */
export function formatClock(instant: string, zone: string): string {
  return wallClock(instant, zone).time;
}

/** "Tue 6 Oct 2026, 10:00–11:00": a meeting in one zone; the end's day is left out when it is the same. */
export function formatMeetingTime(startsAt: string, endsAt: string, zone: string): string {
  const startDay = formatDay(startsAt, zone);
  const endDay = formatDay(endsAt, zone);
  const end = endDay === startDay ? formatClock(endsAt, zone) : `${endDay}, ${formatClock(endsAt, zone)}`;
  return `${startDay}, ${formatClock(startsAt, zone)}–${end}`;
}
