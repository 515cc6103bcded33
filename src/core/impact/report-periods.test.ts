import { describe, expect, it } from 'vitest';
import { MAX_PERIODS, reportPeriods } from '#core/impact/report-periods';

describe('reportPeriods', () => {
  it('starts weeks on Monday, from the week holding `from` to the week holding `to`', () => {
    // 1 Jan 2026 is a Thursday: its week starts on Monday 29 Dec 2025.
    expect(reportPeriods('2026-01-01', '2026-01-05', 'week')).toEqual([
      { start: '2025-12-29', end: '2026-01-05' },
      { start: '2026-01-05', end: '2026-01-12' },
    ]);
    // A Sunday belongs to the week that started six days before.
    expect(reportPeriods('2026-01-11', '2026-01-11', 'week')).toEqual([
      { start: '2026-01-05', end: '2026-01-12' },
    ]);
  });

  it('starts months on the 1st, across a leap February and a year end', () => {
    expect(reportPeriods('2027-12-31', '2028-02-29', 'month')).toEqual([
      { start: '2027-12-01', end: '2028-01-01' },
      { start: '2028-01-01', end: '2028-02-01' },
      { start: '2028-02-01', end: '2028-03-01' },
    ]);
  });

  it('gives nothing when `to` is before `from`, and keeps the latest periods of a very long range', () => {
    expect(reportPeriods('2026-02-01', '2026-01-01', 'month')).toEqual([]);
    const long = reportPeriods('2000-01-03', '2026-01-05', 'week');
    expect(long).toHaveLength(MAX_PERIODS);
    expect(long[long.length - 1]).toEqual({ start: '2026-01-05', end: '2026-01-12' });
  });
});
