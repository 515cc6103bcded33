import { describe, expect, it } from 'vitest';
import { kaplanMeier, type Observation } from '#core/impact/kaplan-meier';
import { monthlySurvival } from '#core/impact/monthly-survival';

const left = (days: number): Observation => ({ days, event: true });
const stays = (days: number): Observation => ({ days, event: false });

/**
 * Seven people followed from 31 January 2026 to 15 May 2026 (day 104):
 * left on days 10, 40, 40 and 89; one stopped being watched on day 59; two still employed (day 104).
 *
 * Curve: day 10 at risk 7, 1 left -> 6/7; day 40 at risk 6, 2 left -> 6/7 · 4/6 = 4/7;
 *        day 59 censored only -> 4/7; day 89 at risk 3, 1 left -> 4/7 · 2/3 = 8/21.
 * Months (clamped to the month's end): 0 = 31 Jan (day 0), 1 = 28 Feb (day 28), 2 = 31 Mar (day 59),
 * 3 = 30 Apr (day 89); 31 May is after 15 May, so no month 4.
 */
const SEVEN = [left(10), left(40), left(40), stays(59), left(89), stays(104), stays(104)];

describe('monthlySurvival', () => {
  it('samples the curve on each month’s day, not on its steps, by hand', () => {
    const points = monthlySurvival(kaplanMeier(SEVEN), { start: '2026-01-31', asOf: '2026-05-15' });
    expect(points.map(({ month, date, day }) => [month, date, day])).toEqual([
      [0, '2026-01-31', 0],
      [1, '2026-02-28', 28],
      [2, '2026-03-31', 59],
      [3, '2026-04-30', 89],
    ]);
    const survival = points.map((p) => p.survival);
    expect(survival[0]).toBe(1);
    expect(survival[1]).toBeCloseTo(6 / 7, 12);
    expect(survival[2]).toBeCloseTo(4 / 7, 12);
    expect(survival[3]).toBeCloseTo(8 / 21, 12);
  });

  it('includes the last month when it falls on the as-of day', () => {
    const points = monthlySurvival(kaplanMeier(SEVEN), { start: '2026-01-31', asOf: '2026-04-30' });
    expect(points.map((p) => p.month)).toEqual([0, 1, 2, 3]);
  });

  it('keeps 0 once everyone has left, and has no point before the start', () => {
    const gone = kaplanMeier([left(5), left(20)]);
    expect(monthlySurvival(gone, { start: '2026-03-01', asOf: '2026-05-01' })).toEqual([
      { month: 0, date: '2026-03-01', day: 0, survival: 1 },
      { month: 1, date: '2026-04-01', day: 31, survival: 0 },
      { month: 2, date: '2026-05-01', day: 61, survival: 0 },
    ]);
    expect(monthlySurvival(gone, { start: '2026-03-01', asOf: '2026-02-28' })).toEqual([]);
  });

  it('cannot say anything about a group nobody was watched in', () => {
    expect(monthlySurvival(kaplanMeier([]), { start: '2026-03-01', asOf: '2026-03-01' })).toEqual([
      { month: 0, date: '2026-03-01', day: 0, survival: null },
    ]);
  });
});
