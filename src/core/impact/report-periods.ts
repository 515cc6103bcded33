/**
 * The weeks or months a report is drawn over (issue 8). Calendar dates are `YYYY-MM-DD`; a period
 * starts on its first day at 00:00 UTC and ends, exclusive, where the next one starts.
 *
 * - Weeks start on Monday: the first period is the week holding `from`.
 * - Months start on the 1st: the first period is the month holding `from`.
 * - Periods run up to and including the one holding `to`; none when `to` is before `from`.
 * - At most `MAX_PERIODS` (ten years of weeks): a longer range keeps its latest periods.
 */
export type PeriodUnit = 'week' | 'month';
export type ReportPeriod = { readonly start: string; readonly end: string };

export const MAX_PERIODS = 520;
const DAY_MS = 86_400_000;

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

function periodStart(date: Date, unit: PeriodUnit): Date {
  if (unit === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS);
}

function next(start: Date, unit: PeriodUnit): Date {
  return unit === 'month'
    ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
    : new Date(start.getTime() + 7 * DAY_MS);
}

/** The periods from the one holding `from` to the one holding `to`; see the rules above. */
export function reportPeriods(from: string, to: string, unit: PeriodUnit): ReportPeriod[] {
  const last = utc(to);
  const periods: ReportPeriod[] = [];
  for (let start = periodStart(utc(from), unit); start <= last; ) {
    const end = next(start, unit);
    periods.push({ start: iso(start), end: iso(end) });
    start = end;
  }
  return periods.slice(-MAX_PERIODS);
}

/** The instant a period (or any calendar date) starts, for comparing with timestamps. */
export function startOfDay(isoDate: string): Date {
  return utc(isoDate);
}
