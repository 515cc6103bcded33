/** Calendar dates as `YYYY-MM-DD` strings: no time zone, no clock. */

/**
 * A real calendar day written YYYY-MM-DD, in years 1900 to 2999: programs run now, and dates far
 * outside (year 0000, or 9999 plus a program's length) are ones PostgreSQL or `toISOString` cannot hold.
 */
export function isIsoDate(value: string): boolean {
  if (!/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Adds months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export function todayIn(now: Date): string {
  return now.toISOString().slice(0, 10);
}
