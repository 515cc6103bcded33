import { describe, expect, it } from 'vitest';
import {
  addDays,
  instantToZoned,
  isValidTimeZone,
  offsetMinutes,
  weekdayOf,
  zonedToInstant,
} from '#core/calendar/zoned-time';

const at = (iso: string) => new Date(iso);

describe('isValidTimeZone', () => {
  it('accepts IANA zones and UTC', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses unknown names, blanks and bare offsets', () => {
    for (const zone of ['Mars/Olympus_Mons', '', ' Europe/London', 'Europe/London ', '+05:30', 'GMT+1:00']) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
  });
});

describe('offsetMinutes', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/London', 0],
    ['2026-07-15T12:00:00Z', 'Europe/London', 60],
    ['2026-01-15T12:00:00Z', 'America/New_York', -300],
    ['2026-07-15T12:00:00Z', 'America/New_York', -240],
    ['2026-01-15T12:00:00Z', 'Australia/Sydney', 660],
    ['2026-07-15T12:00:00Z', 'Australia/Sydney', 600],
    ['2026-07-15T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-01-15T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-07-15T12:00:00Z', 'Pacific/Chatham', 765],
    ['2026-01-15T12:00:00Z', 'Pacific/Chatham', 825],
    ['2026-07-15T12:00:00Z', 'UTC', 0],
  ])('%s in %s is %i minutes', (instant, zone, minutes) => {
    expect(offsetMinutes(at(instant), zone)).toBe(minutes);
  });

  it('changes at the exact instant of the March change in London (01:00 UTC)', () => {
    expect(offsetMinutes(at('2026-03-29T00:59:59Z'), 'Europe/London')).toBe(0);
    expect(offsetMinutes(at('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(60);
  });
});

describe('zonedToInstant and instantToZoned', () => {
  it.each([
    ['2026-01-20', '10:00', 'Europe/London', '2026-01-20T10:00:00.000Z'],
    ['2026-07-21', '10:00', 'Europe/London', '2026-07-21T09:00:00.000Z'],
    ['2026-07-21', '10:00', 'America/New_York', '2026-07-21T14:00:00.000Z'],
    ['2026-01-20', '10:00', 'America/New_York', '2026-01-20T15:00:00.000Z'],
    ['2026-01-20', '10:00', 'Australia/Sydney', '2026-01-19T23:00:00.000Z'],
    ['2026-07-21', '10:00', 'Australia/Sydney', '2026-07-21T00:00:00.000Z'],
    ['2026-07-21', '10:00', 'Asia/Kolkata', '2026-07-21T04:30:00.000Z'],
    ['2026-07-21', '10:00', 'Pacific/Chatham', '2026-07-20T21:15:00.000Z'],
    ['2026-07-21', '00:00', 'UTC', '2026-07-21T00:00:00.000Z'],
  ])('%s %s in %s is %s, and reads back the same', (date, time, zone, iso) => {
    const instant = zonedToInstant(date, time, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(instantToZoned(instant, zone)).toEqual({ date, time, weekday: weekdayOf(date) });
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // London: 01:00 -> 02:00 on 29 March 2026; 01:30 does not exist.
    const london = zonedToInstant('2026-03-29', '01:30', 'Europe/London');
    expect(london.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZoned(london, 'Europe/London').time).toBe('02:30');
    // New York: 02:00 -> 03:00 on 8 March 2026.
    const newYork = zonedToInstant('2026-03-08', '02:30', 'America/New_York');
    expect(instantToZoned(newYork, 'America/New_York')).toEqual({
      date: '2026-03-08',
      time: '03:30',
      weekday: 7,
    });
    // Sydney springs forward in October: 02:00 -> 03:00 on 4 October 2026.
    const sydney = zonedToInstant('2026-10-04', '02:15', 'Australia/Sydney');
    expect(instantToZoned(sydney, 'Australia/Sydney').time).toBe('03:15');
    // Chatham: 02:45 -> 03:45 on 27 September 2026.
    const chatham = zonedToInstant('2026-09-27', '03:00', 'Pacific/Chatham');
    expect(instantToZoned(chatham, 'Pacific/Chatham').time).toBe('04:00');
  });

  it('uses the earlier instant for a time that happens twice at the fall-back', () => {
    // London: 02:00 BST -> 01:00 GMT on 25 October 2026; 01:30 happens at 00:30Z and 01:30Z.
    expect(zonedToInstant('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // New York: 01:30 EDT (05:30Z) before 01:30 EST (06:30Z) on 1 November 2026.
    expect(zonedToInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    // Sydney falls back in April: 03:00 AEDT -> 02:00 AEST on 5 April 2026; 02:30 AEDT is 15:30Z.
    expect(zonedToInstant('2026-04-05', '02:30', 'Australia/Sydney').toISOString()).toBe(
      '2026-04-04T15:30:00.000Z',
    );
  });

  it("reads RFC 5545's own examples (section 3.3.5) the way the RFC does", () => {
    // TZID=America/New_York:20071104T013000 is 1:30 EDT; …:20070311T023000 is 3:30 EDT.
    expect(zonedToInstant('2007-11-04', '01:30', 'America/New_York').toISOString()).toBe(
      '2007-11-04T05:30:00.000Z',
    );
    expect(zonedToInstant('2007-03-11', '02:30', 'America/New_York').toISOString()).toBe(
      '2007-03-11T07:30:00.000Z',
    );
  });

  it('keeps the hours either side of a change exact', () => {
    expect(zonedToInstant('2026-03-29', '00:59', 'Europe/London').toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(zonedToInstant('2026-03-29', '02:00', 'Europe/London').toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(zonedToInstant('2026-10-25', '02:00', 'Europe/London').toISOString()).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('round-trips instants every 7¼ hours through a year in each zone', () => {
    for (const zone of [
      'Europe/London',
      'America/New_York',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ]) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 15 * 60_000) {
        const { date, time } = instantToZoned(new Date(t), zone);
        const back = zonedToInstant(date, time, zone).getTime();
        // Exact, except the second pass through a fall-back hour, which maps to the first.
        if (back !== t) expect(t - back, `${zone} ${new Date(t).toISOString()}`).toBe(60 * 60_000);
      }
    }
  });

  it('gives ISO weekdays', () => {
    expect(instantToZoned(at('2026-03-30T12:00:00Z'), 'UTC').weekday).toBe(1);
    expect(instantToZoned(at('2026-04-05T12:00:00Z'), 'UTC').weekday).toBe(7);
    // Already Monday in Sydney while still Sunday in London.
    expect(instantToZoned(at('2026-04-05T20:00:00Z'), 'Australia/Sydney')).toEqual({
      date: '2026-04-06',
      time: '06:00',
      weekday: 1,
    });
  });
});

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 14)).toBe('2026-04-11');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
  });
});
