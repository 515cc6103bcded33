import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOccurrenceDate, occurrenceDates, occurrences, recurrenceRule } from '#core/calendar/cadence';
import { formatCalendar } from '#core/calendar/ical';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { expandSeries, isAmbiguousOrMissing, readCalendar } from '#tests/fixtures/read-ics';
import { addDays, instantToZoned, offsetMinutes, zonedToInstant } from '#core/calendar/zoned-time';

function schedule(overrides: Partial<MeetingSchedule> = {}): MeetingSchedule {
  return {
    weekday: 2,
    time: '10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    everyWeeks: 2,
    startsOn: '2026-02-01',
    mode: 'video',
    place: '',
    videoUrl: '',
    ...overrides,
  };
}

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

/** Writes DTSTART;TZID + RRULE as a calendar and lets ical.js expand it with our VTIMEZONE. */
function expandedByIcalJs(plan: MeetingSchedule, endsOn: string): Date[] {
  const firstDate = firstOccurrenceDate(plan);
  const start = zonedToInstant(firstDate, plan.time, plan.timeZone);
  const ics = formatCalendar({
    method: 'PUBLISH',
    events: [
      {
        uid: 'series@test',
        sequence: 0,
        stamp: new Date('2026-01-01T00:00:00Z'),
        start,
        startWallClock: { date: firstDate, time: plan.time },
        durationMinutes: plan.durationMinutes,
        timeZone: plan.timeZone,
        summary: 'Meeting',
        description: '',
        status: 'CONFIRMED',
        rrule: recurrenceRule(plan, endsOn),
      },
    ],
  });
  const calendar = readCalendar(ics);
  expect(calendar.events[0]?.startZone).toBe(plan.timeZone);
  return expandSeries(calendar, 'series@test');
}

/**
 * ical.js reads a wall-clock time that happens twice or never differently from RFC 5545 §3.3.5 (which
 * we follow: the first of two; the offset from before a gap), so those occurrences are compared by
 * count only; every other one must be the same instant. Returns how many were compared exactly.
 */
function expectIcalJsAgrees(plan: MeetingSchedule, endsOn: string): number {
  const ours = occurrences(plan, endsOn);
  const theirs = expandedByIcalJs(plan, endsOn);
  expect(theirs).toHaveLength(ours.length);
  const dates = occurrenceDates(plan, endsOn);
  const comparable = (list: Date[]) =>
    iso(list.filter((_, index) => !isAmbiguousOrMissing(dates[index]!, plan.time, plan.timeZone)));
  expect(comparable(theirs)).toEqual(comparable(ours));
  return comparable(ours).length;
}

describe('firstOccurrenceDate', () => {
  it('is the start date itself when it falls on the weekday', () => {
    expect(firstOccurrenceDate(schedule({ weekday: 7, startsOn: '2026-02-01' }))).toBe('2026-02-01');
  });

  it('is the next such weekday otherwise, across a month end', () => {
    expect(firstOccurrenceDate(schedule({ weekday: 2, startsOn: '2026-02-01' }))).toBe('2026-02-03');
    expect(firstOccurrenceDate(schedule({ weekday: 1, startsOn: '2026-02-01' }))).toBe('2026-02-02');
    expect(firstOccurrenceDate(schedule({ weekday: 6, startsOn: '2026-02-01' }))).toBe('2026-02-07');
    expect(firstOccurrenceDate(schedule({ weekday: 1, startsOn: '2026-03-31' }))).toBe('2026-04-06');
  });
});

describe('occurrences', () => {
  it('keeps every-2-weeks Tuesday 10:00 London at 10:00 local across the March change', () => {
    const starts = occurrences(schedule(), '2026-08-31');
    expect(iso(starts)).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
      '2026-03-03T10:00:00.000Z',
      '2026-03-17T10:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-04-14T09:00:00.000Z',
      '2026-04-28T09:00:00.000Z',
      '2026-05-12T09:00:00.000Z',
      '2026-05-26T09:00:00.000Z',
      '2026-06-09T09:00:00.000Z',
      '2026-06-23T09:00:00.000Z',
      '2026-07-07T09:00:00.000Z',
      '2026-07-21T09:00:00.000Z',
      '2026-08-04T09:00:00.000Z',
      '2026-08-18T09:00:00.000Z',
    ]);
    for (const start of starts) {
      expect(instantToZoned(start, 'Europe/London')).toMatchObject({ time: '10:00', weekday: 2 });
    }
  });

  it('moves weekly New York meetings an hour later in UTC after the November change', () => {
    const starts = occurrences(
      schedule({
        timeZone: 'America/New_York',
        weekday: 4,
        time: '09:30',
        everyWeeks: 1,
        startsOn: '2026-10-20',
      }),
      '2026-11-19',
    );
    expect(iso(starts)).toEqual([
      '2026-10-22T13:30:00.000Z',
      '2026-10-29T13:30:00.000Z',
      '2026-11-05T14:30:00.000Z',
      '2026-11-12T14:30:00.000Z',
      '2026-11-19T14:30:00.000Z',
    ]);
  });

  it('follows southern-hemisphere DST (Sydney springs forward in October)', () => {
    const starts = occurrences(
      schedule({
        timeZone: 'Australia/Sydney',
        weekday: 1,
        time: '08:00',
        everyWeeks: 1,
        startsOn: '2026-09-28',
      }),
      '2026-10-12',
    );
    // Monday 28 September is still AEST (+10); from Sunday 4 October it is AEDT (+11).
    expect(iso(starts)).toEqual([
      '2026-09-27T22:00:00.000Z',
      '2026-10-04T21:00:00.000Z',
      '2026-10-11T21:00:00.000Z',
    ]);
  });

  it('includes a meeting on endsOn itself', () => {
    expect(occurrenceDates(schedule(), '2026-03-03').at(-1)).toBe('2026-03-03');
    expect(occurrenceDates(schedule(), '2026-03-02').at(-1)).toBe('2026-02-17');
  });

  it('is empty when the first meeting would fall after endsOn', () => {
    expect(occurrences(schedule(), '2026-02-02')).toEqual([]);
    expect(occurrences(schedule(), '2026-01-01')).toEqual([]);
    expect(occurrences(schedule(), '2026-02-03')).toHaveLength(1);
  });

  it('moves a meeting set inside the spring-forward gap to just after it', () => {
    const starts = occurrences(
      schedule({ weekday: 7, time: '01:30', everyWeeks: 1, startsOn: '2026-03-22' }),
      '2026-04-05',
    );
    expect(starts.map((start) => instantToZoned(start, 'Europe/London').time)).toEqual([
      '01:30',
      '02:30',
      '01:30',
    ]);
  });
});

describe('recurrenceRule', () => {
  it('writes FREQ, INTERVAL, BYDAY and UNTIL = the last start in UTC', () => {
    expect(recurrenceRule(schedule(), '2026-08-31')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260818T090000Z',
    );
    expect(recurrenceRule(schedule({ weekday: 7, everyWeeks: 1 }), '2026-02-01')).toBe(
      'FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;UNTIL=20260201T100000Z',
    );
  });

  it('refuses a range with no meeting in it (an RRULE always has its DTSTART)', () => {
    expect(() => recurrenceRule(schedule(), '2026-02-02')).toThrow(RangeError);
  });

  it.each([
    ['London every 2 weeks across March', schedule(), '2026-08-31'],
    [
      'New York weekly across November',
      schedule({
        timeZone: 'America/New_York',
        weekday: 4,
        time: '09:30',
        everyWeeks: 1,
        startsOn: '2026-10-01',
      }),
      '2026-12-31',
    ],
    [
      'Sydney every 3 weeks for a year',
      schedule({
        timeZone: 'Australia/Sydney',
        weekday: 5,
        time: '17:00',
        everyWeeks: 3,
        startsOn: '2026-01-01',
      }),
      '2026-12-31',
    ],
    [
      'Kolkata every 4 weeks',
      schedule({
        timeZone: 'Asia/Kolkata',
        weekday: 3,
        time: '15:45',
        everyWeeks: 4,
        startsOn: '2026-01-01',
      }),
      '2026-12-31',
    ],
    [
      'Chatham weekly across September',
      schedule({
        timeZone: 'Pacific/Chatham',
        weekday: 1,
        time: '07:15',
        everyWeeks: 1,
        startsOn: '2026-08-01',
      }),
      '2026-10-31',
    ],
    ['a single meeting', schedule(), '2026-02-03'],
  ])('expands in ical.js to exactly occurrences(): %s', (_name, plan, endsOn) => {
    const ours = occurrences(plan, endsOn);
    expect(ours.length).toBeGreaterThan(0);
    expect(iso(expandedByIcalJs(plan, endsOn))).toEqual(iso(ours));
  });

  it.each([
    [
      'London Sundays at 01:30, through the missing hour',
      schedule({ weekday: 7, time: '01:30', everyWeeks: 1, startsOn: '2026-03-15' }),
      '2026-04-12',
    ],
    [
      'London Sundays at 01:30, starting in the missing hour',
      schedule({ weekday: 7, time: '01:30', everyWeeks: 1, startsOn: '2026-03-29' }),
      '2026-04-19',
    ],
    [
      'New York Sundays at 01:30, through the repeated hour',
      schedule({
        timeZone: 'America/New_York',
        weekday: 7,
        time: '01:30',
        everyWeeks: 1,
        startsOn: '2026-10-18',
      }),
      '2026-11-15',
    ],
  ])('agrees with ical.js away from the changed hour: %s', (_name, plan, endsOn) => {
    expect(expectIcalJsAgrees(plan, endsOn)).toBe(occurrences(plan, endsOn).length - 1);
  });

  it('keeps the nominal wall-clock time in DTSTART when the first meeting falls in a gap', () => {
    const plan = schedule({ weekday: 7, time: '01:30', everyWeeks: 1, startsOn: '2026-03-29' });
    const ics = formatCalendar({
      method: 'PUBLISH',
      events: [
        {
          uid: 'gap@test',
          sequence: 0,
          stamp: new Date('2026-01-01T00:00:00Z'),
          start: occurrences(plan, '2026-04-19')[0]!,
          startWallClock: { date: '2026-03-29', time: '01:30' },
          durationMinutes: 60,
          timeZone: 'Europe/London',
          summary: 'Meeting',
          description: '',
          status: 'CONFIRMED',
          rrule: recurrenceRule(plan, '2026-04-19'),
        },
      ],
    });
    expect(ics).toContain('DTSTART;TZID=Europe/London:20260329T013000\r\n');
    // The end is the real one: an hour after 02:30 BST.
    expect(ics).toContain('DTEND;TZID=Europe/London:20260329T033000\r\n');
  });
});

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Europe/Berlin',
  'Asia/Tokyo',
  'UTC',
] as const;

const schedules = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  timeZone: fc.constantFrom(...ZONES),
  everyWeeks: fc.integer({ min: 1, max: 8 }),
  startOffset: fc.integer({ min: 0, max: 4 * 365 }),
  length: fc.integer({ min: 0, max: 2 * 365 }),
});

type Drawn = typeof schedules extends fc.Arbitrary<infer T> ? T : never;

function fromArbitrary(input: Drawn) {
  const time = `${String(input.hour).padStart(2, '0')}:${String(input.minute).padStart(2, '0')}`;
  const startsOn = addDays('2025-01-01', input.startOffset);
  const plan = schedule({ ...input, time, startsOn });
  return { plan, endsOn: addDays(startsOn, input.length) };
}

describe('cadence properties', () => {
  it('every occurrence is on the weekday at the wall-clock time (or just after a DST gap)', () => {
    fc.assert(
      fc.property(schedules, (input) => {
        const { plan, endsOn } = fromArbitrary(input);
        const starts = occurrences(plan, endsOn);
        const dates = occurrenceDates(plan, endsOn);
        expect(starts).toHaveLength(dates.length);
        if (dates.length > 0) {
          expect(dates[0]! >= plan.startsOn && dates[0]! <= addDays(plan.startsOn, 6)).toBe(true);
          expect(dates.at(-1)! <= endsOn && addDays(dates.at(-1)!, 7 * plan.everyWeeks) > endsOn).toBe(true);
        } else {
          expect(firstOccurrenceDate(plan) > endsOn).toBe(true);
        }
        starts.forEach((start, index) => {
          const local = instantToZoned(start, plan.timeZone);
          expect(dates[index]).toBe(addDays(dates[0]!, index * 7 * plan.everyWeeks));
          if (local.time === plan.time) {
            expect(local).toEqual({ date: dates[index], time: plan.time, weekday: plan.weekday });
          } else {
            // In a gap: the wall clock jumped forward; the meeting moves forward by the jump.
            const before = offsetMinutes(new Date(start.getTime() - 86_400_000), plan.timeZone);
            const after = offsetMinutes(start, plan.timeZone);
            expect(after).toBeGreaterThan(before);
            const wall = Date.parse(`${dates[index]}T${plan.time}:00Z`) + (after - before) * 60_000;
            expect(`${local.date}T${local.time}`).toBe(new Date(wall).toISOString().slice(0, 16));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the RRULE expands in ical.js to exactly the same instants', () => {
    fc.assert(
      fc.property(schedules, (input) => {
        const { plan, endsOn } = fromArbitrary(input);
        const ours = occurrences(plan, endsOn);
        fc.pre(ours.length > 0);
        expectIcalJsAgrees(plan, endsOn);
      }),
      { numRuns: 60 },
    );
  });
});
