import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatCalendar, type IcsEvent } from '#core/calendar/ical';
import { expandSeries, readCalendar } from '#tests/fixtures/read-ics';

const ada = { name: 'Ada Lovelace', email: 'ada@example.com' };
const bo = { name: 'Bo "Bobby" Ng: lead; ops, EMEA', email: 'bo@example.com' };

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'series-1@counterpart.example',
    sequence: 0,
    stamp: new Date('2026-01-10T08:00:00Z'),
    start: new Date('2026-02-03T10:00:00Z'),
    durationMinutes: 45,
    timeZone: 'Europe/London',
    summary: 'Reverse mentoring: Ada Lovelace and Bo Ng',
    description: 'Spring program',
    status: 'CONFIRMED',
    ...overrides,
  };
}

const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

describe('formatCalendar: the envelope', () => {
  it('writes the calendar properties, CRLF line ends and one VTIMEZONE per zone used', () => {
    const ics = formatCalendar({
      method: 'REQUEST',
      events: [
        event(),
        event({ uid: 'b', start: new Date('2026-03-03T15:00:00Z') }),
        event({ uid: 'c', timeZone: 'America/New_York' }),
      ],
    });
    expect(
      ics.startsWith('BEGIN:VCALENDAR\r\nPRODID:-//Counterpart//Pair workspace//EN\r\nVERSION:2.0\r\n'),
    ).toBe(true);
    expect(ics).toContain('\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).not.toContain('X-WR-CALNAME');
    expect(ics).not.toContain('REFRESH-INTERVAL');
    const calendar = readCalendar(ics);
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.timeZones).toEqual(['Europe/London', 'America/New_York']);
    expect(calendar.events.map((e) => e.uid)).toEqual(['series-1@counterpart.example', 'b', 'c']);
  });

  it('names a published calendar and tells clients how often to refresh', () => {
    const ics = formatCalendar({
      method: 'PUBLISH',
      name: 'Counterpart, Ada',
      refreshHours: 1,
      events: [event()],
    });
    expect(unfold(ics)).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Counterpart\\, Ada',
        'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
        'X-PUBLISHED-TTL:PT1H',
      ]),
    );
    const calendar = readCalendar(ics);
    // X- properties are TEXT by default (RFC 5545 §3.8.8.2), so the comma is escaped; ical.js keeps
    // unknown properties raw, hence the escaped form here.
    expect(calendar.property('x-wr-calname')).toBe('Counterpart\\, Ada');
    expect(String(calendar.root.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
  });
});

describe('formatCalendar: events', () => {
  it('writes DTSTART/DTEND in the zone, DTSTAMP in UTC, and they read back as the same instants', () => {
    const summer = event({ start: new Date('2026-07-07T09:00:00Z'), durationMinutes: 90 });
    const ics = formatCalendar({ method: 'PUBLISH', events: [summer] });
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260707T100000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20260707T113000');
    expect(lines).toContain('DTSTAMP:20260110T080000Z');
    const [read] = readCalendar(ics).events;
    expect(read?.startZone).toBe('Europe/London');
    expect(read?.start.toISOString()).toBe('2026-07-07T09:00:00.000Z');
    expect(read?.end.toISOString()).toBe('2026-07-07T10:30:00.000Z');
  });

  it('writes UID, SEQUENCE, RRULE, EXDATE and RECURRENCE-ID that an independent parser reads back', () => {
    const master = event({
      sequence: 2,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260428T090000Z',
      exdates: [new Date('2026-03-03T10:00:00Z'), new Date('2026-04-14T09:00:00Z')],
    });
    const moved = event({
      sequence: 3,
      recurrenceId: new Date('2026-03-31T09:00:00Z'),
      start: new Date('2026-04-01T13:00:00Z'),
    });
    const ics = formatCalendar({ method: 'REQUEST', events: [master, moved] });
    const lines = unfold(ics);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260428T090000Z');
    expect(lines).toContain('EXDATE;TZID=Europe/London:20260303T100000,20260414T100000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/London:20260331T100000');

    const calendar = readCalendar(ics);
    const [readMaster, readMoved] = calendar.events;
    expect(readMaster).toMatchObject({
      uid: 'series-1@counterpart.example',
      sequence: 2,
      recurrenceId: null,
    });
    expect(readMaster?.exdates.map((d) => d.toISOString())).toEqual([
      '2026-03-03T10:00:00.000Z',
      '2026-04-14T09:00:00.000Z',
    ]);
    expect(readMoved).toMatchObject({ uid: 'series-1@counterpart.example', sequence: 3 });
    expect(readMoved?.recurrenceId?.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(expandSeries(calendar, 'series-1@counterpart.example').map((d) => d.toISOString())).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
      '2026-03-17T10:00:00.000Z',
      '2026-04-01T13:00:00.000Z',
      '2026-04-28T09:00:00.000Z',
    ]);
  });

  it('writes STATUS, LOCATION, URL, ORGANIZER and ATTENDEEs with their parameters', () => {
    const ics = formatCalendar({
      method: 'CANCEL',
      events: [
        event({
          status: 'CANCELLED',
          location: 'Room 4, Leeds; 2nd floor',
          url: 'https://counterpart.example/pairs/p1\r\n',
          organizer: ada,
          attendees: [ada, bo],
        }),
      ],
    });
    const lines = unfold(ics);
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('LOCATION:Room 4\\, Leeds\\; 2nd floor');
    expect(lines).toContain('URL:https://counterpart.example/pairs/p1');
    expect(lines).toContain('ORGANIZER;CN="Ada Lovelace":mailto:ada@example.com');
    expect(lines).toContain(
      `ATTENDEE;CN="Bo 'Bobby' Ng: lead; ops, EMEA";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bo@example.com`,
    );
    const [read] = readCalendar(ics).events;
    expect(read?.status).toBe('CANCELLED');
    expect(read?.location).toBe('Room 4, Leeds; 2nd floor');
    expect(read?.url).toBe('https://counterpart.example/pairs/p1');
    expect(read?.organizer).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace' });
    expect(
      read?.attendees.map((a) => [a.email, a.name, a.params.role, a.params.partstat, a.params.rsvp]),
    ).toEqual([
      ['ada@example.com', 'Ada Lovelace', 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'],
      ['bo@example.com', "Bo 'Bobby' Ng: lead; ops, EMEA", 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'],
    ]);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and every kind of line break in TEXT', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
    const description = 'Path C:\\notes; agenda: one, two\nSecond line\r\nThird line';
    const ics = formatCalendar({ method: 'PUBLISH', events: [event({ description, summary: 'A, B; C' })] });
    const [read] = readCalendar(ics).events;
    expect(read?.description).toBe('Path C:\\notes; agenda: one, two\nSecond line\nThird line');
    expect(read?.summary).toBe('A, B; C');
  });

  it('drops control characters other than TAB from TEXT', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('folds lines at 75 octets and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(parts.map(octets)).toEqual([75, 75, 64]);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine(`X:${'y'.repeat(73)}`)).toBe(`X:${'y'.repeat(73)}`);
  });

  it('never splits a multi-byte UTF-8 character across a fold', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'日本語'.repeat(10)}${'🙂'.repeat(20)}ok`;
    const parts = foldLine(line).split('\r\n');
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Each physical line on its own is valid UTF-8: no character was cut.
      expect(strict.decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(parts.some((part) => octets(part) < 75)).toBe(true);
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });

  it('keeps every physical line of a calendar within 75 octets, and the text intact', () => {
    const description = `Zoë & François — 会議のメモ 🙂; ${'long words, '.repeat(30)}\nend`;
    const ics = formatCalendar({
      method: 'PUBLISH',
      name: `Calendrier de ${'Zoë '.repeat(30)}`,
      events: [
        event({ description, summary: `Réunion ${'🙂'.repeat(40)}`, attendees: [ada, bo], organizer: bo }),
      ],
    });
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
    const calendar = readCalendar(ics);
    expect(calendar.events[0]?.description).toBe(description);
    expect(calendar.events[0]?.summary).toBe(`Réunion ${'🙂'.repeat(40)}`);
    expect(calendar.property('x-wr-calname')).toBe(`Calendrier de ${'Zoë '.repeat(30)}`);
  });
});
