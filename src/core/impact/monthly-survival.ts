import { type KaplanMeierCurve, survivalAt } from '#core/impact/kaplan-meier';
import { addMonths } from '#core/programs/calendar-dates';

/**
 * A retention curve to draw (issue 8): the Kaplan–Meier survival (kaplan-meier.ts) sampled once a
 * month from the program's start, rather than its steps. A step is a day on which someone left, so
 * sending steps would date one person's leaving; a monthly point only says how many of the group were
 * still employed that month, like the 6- and 12-month horizons do.
 *
 * - Month 0 is the start day; month m is `addMonths(start, m)` (clamped to the month's last day, so
 *   31 January + 1 month is 28 or 29 February). Points run up to the last such day on or before
 *   `asOf`; before the start there are none.
 * - `day` counts days from the start; `survival` is the curve's value on that day (the last step on
 *   or before it, 1 before any step), or `null` when nobody was watched that long (survivalAt).
 */
export type MonthlySurvival = { month: number; date: string; day: number; survival: number | null };

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The curve's survival on each month's day from `start` to `asOf` (calendar dates); see above. */
export function monthlySurvival(
  curve: KaplanMeierCurve,
  period: { readonly start: string; readonly asOf: string },
): MonthlySurvival[] {
  const points: MonthlySurvival[] = [];
  for (let month = 0; addMonths(period.start, month) <= period.asOf; month++) {
    const date = addMonths(period.start, month);
    const day = daysBetween(period.start, date);
    const [at] = survivalAt(curve, [day]);
    points.push({ month, date, day, survival: at?.survival ?? null });
  }
  return points;
}
