import { describe, expect, it } from 'vitest';
import { formatMeetingTime, instantOf, todayIn, wallClock } from './meeting-time';

describe('meeting times in a time zone', () => {
  it('reads an instant as the wall clock of each zone', () => {
    expect(wallClock('2026-10-06T09:00:00.000Z', 'Europe/London')).toEqual({
      date: '2026-10-06',
      time: '10:00',
    });
    expect(wallClock('2026-10-06T09:00:00.000Z', 'America/New_York')).toEqual({
      date: '2026-10-06',
      time: '05:00',
    });
    expect(wallClock('2026-10-06T23:30:00.000Z', 'Asia/Tokyo')).toEqual({
      date: '2026-10-07',
      time: '08:30',
    });
  });

  it('turns a wall clock in a zone into the instant, on both sides of a clock change', () => {
    expect(instantOf('2026-10-06', '10:00', 'Europe/London')).toBe('2026-10-06T09:00:00.000Z');
    expect(instantOf('2026-11-03', '10:00', 'Europe/London')).toBe('2026-11-03T10:00:00.000Z');
    expect(instantOf('2026-03-10', '09:30', 'America/New_York')).toBe('2026-03-10T13:30:00.000Z');
    expect(instantOf('2026-03-06', '09:30', 'America/New_York')).toBe('2026-03-06T14:30:00.000Z');
    expect(instantOf('2026-10-06', '', 'Europe/London')).toBeNull();
  });

  it('round-trips every hour of a day that changes the clock', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const time = `${String(hour).padStart(2, '0')}:15`;
      const instant = instantOf('2026-10-25', time, 'Europe/Berlin');
      expect(instant).not.toBeNull();
      if (hour !== 2) expect(wallClock(instant ?? '', 'Europe/Berlin')).toEqual({ date: '2026-10-25', time });
    }
  });

  it('writes a meeting as day, start and end in the zone asked for', () => {
    const start = '2026-10-06T09:00:00.000Z';
    const end = '2026-10-06T10:00:00.000Z';
    expect(formatMeetingTime(start, end, 'Europe/London')).toBe('Tue 6 Oct 2026, 10:00–11:00');
    expect(formatMeetingTime(start, end, 'Asia/Kolkata')).toBe('Tue 6 Oct 2026, 14:30–15:30');
    expect(todayIn('Pacific/Auckland', new Date('2026-10-06T20:00:00.000Z'))).toBe('2026-10-07');
  });
});
