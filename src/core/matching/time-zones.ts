/**
 * Weekly availability across time zones. A slot is a weekday and a local time range in the person's
 * IANA zone; it is placed on a fixed reference week (so daylight-saving rules are those of that week)
 * and converted to UTC minutes of the week, 0 = Monday 00:00 UTC. Intl.DateTimeFormat gives the
 * offsets: pure computation, no clock.
 */
export const MINUTES_PER_WEEK = 7 * 24 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

const knownZones = new Map<string, boolean>();

/** Whether Intl knows the zone (answers memoised: a cohort repeats a handful of zones thousands of times). */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** Milliseconds at 00:00 UTC of the Monday on or before an ISO date (YYYY-MM-DD). */
export function referenceMonday(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 5);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY_MS;
}

export type LocalSlot = { readonly day: number; readonly fromMinute: number; readonly toMinute: number };

/** Converts local weekly slots to UTC minutes of the week, memoising offsets per zone and minute. */
export function createWeekConverter(mondayMs: number): (zone: string, slot: LocalSlot) => [number, number] {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const offsets = new Map<string, number>();
  const offsetAt = (zone: string, utcMs: number): number => {
    let format = formatters.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      formatters.set(zone, format);
    }
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(utcMs)) parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
    return Math.round((local - Math.floor(utcMs / 60000) * 60000) / 60000);
  };
  const toUtcMinute = (zone: string, day: number, minute: number): number => {
    const key = `${zone}|${day}|${minute}`;
    const cached = offsets.get(key);
    if (cached !== undefined) return cached;
    const wallClock = mondayMs + day * DAY_MS + minute * 60000;
    let offset = offsetAt(zone, wallClock);
    const second = offsetAt(zone, wallClock - offset * 60000);
    if (second !== offset) offset = second;
    const utcMinute = (wallClock - offset * 60000 - mondayMs) / 60000;
    offsets.set(key, utcMinute);
    return utcMinute;
  };
  return (zone, slot) => {
    const from = toUtcMinute(zone, slot.day, slot.fromMinute);
    return [from, from + (slot.toMinute - slot.fromMinute)];
  };
}

/**
 * Sorted, merged [start, end) intervals within one week (flattened pairs), from UTC ranges that may
 * run before Monday 00:00 or past the end of the week (they wrap around).
 */
export function weeklyIntervals(ranges: readonly (readonly [number, number])[]): Int32Array {
  const pieces: [number, number][] = [];
  for (const [from, to] of ranges) {
    const start = ((from % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
    const end = start + (to - from);
    if (end <= MINUTES_PER_WEEK) pieces.push([start, end]);
    else pieces.push([start, MINUTES_PER_WEEK], [0, end - MINUTES_PER_WEEK]);
  }
  pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: number[] = [];
  for (const [start, end] of pieces) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return Int32Array.from(merged);
}

/** Minutes two interval lists have in common. */
export function overlapMinutes(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!, b[j]!);
    const end = Math.min(a[i + 1]!, b[j + 1]!);
    if (end > start) total += end - start;
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return total;
}
