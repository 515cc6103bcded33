import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatCalendar, type IcsEvent } from '#core/calendar/ical';
import { isAmbiguousOrMissing, readCalendar } from '#tests/fixtures/read-ics';
import { formatOffset, vtimezoneLines } from '#core/calendar/vtimezone';
import { zonedToInstant } from '#core/calendar/zoned-time';

type Observance = { kind: string; dtstart: string; from: string; to: string; name: string };

function observances(lines: string[]): Observance[] {
  const found: Observance[] = [];
  let current: Partial<Observance> = {};
  for (const line of lines) {
    const [key, value = ''] = line.split(':');
    if (key === 'BEGIN' && (value === 'STANDARD' || value === 'DAYLIGHT')) current = { kind: value };
    if (key === 'DTSTART') current.dtstart = value;
    if (key === 'TZOFFSETFROM') current.from = value;
    if (key === 'TZOFFSETTO') current.to = value;
    if (key === 'TZNAME') current.name = value;
    if (key === 'END' && (value === 'STANDARD' || value === 'DAYLIGHT')) found.push(current as Observance);
  }
  return found;
}

const NEAR_CHANGES = [
  '00:15',
  '00:59',
  '01:00',
  '01:59',
  '02:00',
  '02:44',
  '02:45',
  '02:59',
  '03:00',
  '03:45',
  '04:00',
  '23:45',
];

const span2026 = [new Date('2026-02-01T00:00:00Z'), new Date('2026-08-31T00:00:00Z')] as const;

describe('vtimezoneLines', () => {
  it('lists London’s real changes, a year either side of the span', () => {
    const lines = vtimezoneLines('Europe/London', ...span2026);
    expect(lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(lines[1]).toBe('TZID:Europe/London');
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
    expect(observances(lines)).toEqual([
      { kind: 'DAYLIGHT', dtstart: '20250330T010000', from: '+0000', to: '+0100', name: 'BST' },
      { kind: 'STANDARD', dtstart: '20251026T020000', from: '+0100', to: '+0000', name: 'GMT' },
      { kind: 'DAYLIGHT', dtstart: '20260329T010000', from: '+0000', to: '+0100', name: 'BST' },
      { kind: 'STANDARD', dtstart: '20261025T020000', from: '+0100', to: '+0000', name: 'GMT' },
      { kind: 'DAYLIGHT', dtstart: '20270328T010000', from: '+0000', to: '+0100', name: 'BST' },
    ]);
  });

  it('writes the onset in the wall clock before the change (New York: 02:00 both ways)', () => {
    const found = observances(vtimezoneLines('America/New_York', ...span2026));
    expect(found).toContainEqual({
      kind: 'DAYLIGHT',
      dtstart: '20260308T020000',
      from: '-0500',
      to: '-0400',
      name: 'EDT',
    });
    expect(found).toContainEqual({
      kind: 'STANDARD',
      dtstart: '20261101T020000',
      from: '-0400',
      to: '-0500',
      name: 'EST',
    });
  });

  it('knows southern summer time (Sydney: daylight from October, standard from April)', () => {
    const found = observances(vtimezoneLines('Australia/Sydney', ...span2026));
    expect(found).toContainEqual({
      kind: 'STANDARD',
      dtstart: '20260405T030000',
      from: '+1100',
      to: '+1000',
      name: 'AEST',
    });
    expect(found).toContainEqual({
      kind: 'DAYLIGHT',
      dtstart: '20261004T020000',
      from: '+1000',
      to: '+1100',
      name: 'AEDT',
    });
  });

  it('handles quarter-hour offsets (Chatham +12:45 / +13:45)', () => {
    const found = observances(vtimezoneLines('Pacific/Chatham', ...span2026));
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'DAYLIGHT', dtstart: '20260927T024500', from: '+1245', to: '+1345' }),
    );
  });

  it('gives a zone without DST one STANDARD observance', () => {
    expect(observances(vtimezoneLines('Asia/Kolkata', ...span2026))).toEqual([
      { kind: 'STANDARD', dtstart: '20250101T000000', from: '+0530', to: '+0530', name: 'IST' },
    ]);
    expect(vtimezoneLines('UTC', ...span2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'TZNAME:UTC',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('formats offsets with sign, hours and minutes', () => {
    expect([330, -300, 765, 0, -570].map(formatOffset)).toEqual([
      '+0530',
      '-0500',
      '+1245',
      '+0000',
      '-0930',
    ]);
  });

  it.each([
    'Europe/London',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'America/Sao_Paulo',
    'Europe/Dublin',
    'UTC',
  ])('lets ical.js, using only our VTIMEZONE, place %s times where Intl does, over three years', (zone) => {
    expect(ICAL.TimezoneService.has(zone)).toBe(false);
    const events: IcsEvent[] = [];
    for (let day = 0; day < 3 * 365; day += 1) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      // Changes happen on Sundays in these zones: probe the hours around them; other days at noon.
      const sunday = new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
      const times = sunday ? NEAR_CHANGES : day % 3 === 0 ? ['12:00'] : [];
      for (const time of times) {
        // Times that happen twice or never are read differently by ical.js (see cadence.test.ts).
        if (isAmbiguousOrMissing(date, time, zone)) continue;
        const start = zonedToInstant(date, time, zone);
        events.push({
          uid: `${date}T${time}`,
          sequence: 0,
          stamp: start,
          start,
          durationMinutes: 30,
          timeZone: zone,
          summary: '',
          description: '',
          status: 'CONFIRMED',
        });
      }
    }
    const calendar = readCalendar(formatCalendar({ method: 'PUBLISH', events }));
    expect(calendar.timeZones).toEqual([zone]);
    const mismatches = calendar.events.filter((read, index) => {
      const written = events[index]!;
      return read.startZone !== zone || read.start.getTime() !== written.start.getTime();
    });
    expect(mismatches.map((read) => read.uid)).toEqual([]);
    expect(calendar.events.length).toBeGreaterThan(1800);
  });
});
