import { describe, expect, it } from 'vitest';
import {
  createWeekConverter,
  isTimeZone,
  overlapMinutes,
  referenceMonday,
  weeklyIntervals,
} from './time-zones';

describe('weekly availability across time zones', () => {
  const winter = createWeekConverter(referenceMonday('2026-01-07'));
  const summer = createWeekConverter(referenceMonday('2026-07-08'));
  const nine = { day: 0, fromMinute: 9 * 60, toMinute: 11 * 60 };

  it('finds the Monday of the reference week', () => {
    expect(new Date(referenceMonday('2026-01-07')).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(new Date(referenceMonday('2026-01-05')).toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  it('converts local slots to UTC minutes of the week, with the daylight-saving rules of that week', () => {
    expect(winter('Europe/London', nine)).toEqual([540, 660]);
    expect(winter('America/New_York', nine)).toEqual([840, 960]);
    expect(summer('America/New_York', nine)).toEqual([780, 900]);
    expect(winter('Asia/Kolkata', nine)).toEqual([210, 330]);
  });

  it('wraps slots that fall before Monday 00:00 UTC to the end of the week', () => {
    const tokyo = winter('Asia/Tokyo', { day: 0, fromMinute: 8 * 60, toMinute: 10 * 60 });
    expect(tokyo).toEqual([-60, 60]);
    expect(Array.from(weeklyIntervals([tokyo]))).toEqual([0, 60, 10020, 10080]);
  });

  it('measures overlap between merged interval lists', () => {
    const london = weeklyIntervals([
      winter('Europe/London', { day: 0, fromMinute: 13 * 60, toMinute: 17 * 60 }),
    ]);
    const newYork = weeklyIntervals([winter('America/New_York', nine)]);
    expect(overlapMinutes(london, newYork)).toBe(120);
    expect(
      Array.from(
        weeklyIntervals([
          [0, 60],
          [30, 90],
          [200, 300],
        ]),
      ),
    ).toEqual([0, 90, 200, 300]);
  });

  it('recognises IANA zones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
