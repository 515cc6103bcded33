import { describe, expect, it } from 'vitest';
import { occurrences } from '#core/calendar/cadence';
import {
  type CalendarContext,
  type CalendarMeeting,
  type CalendarSeries,
  occurrenceCancellation,
  occurrenceUpdate,
  publishedCalendar,
  seriesInvitation,
} from '#core/calendar/meeting-calendar';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { expandSeries, readCalendar } from '#tests/fixtures/read-ics';

const schedule: MeetingSchedule = {
  weekday: 2,
  time: '10:00',
  timeZone: 'Europe/London',
  durationMinutes: 60,
  everyWeeks: 2,
  startsOn: '2026-02-01',
  mode: 'video',
  place: '',
  videoUrl: 'https://meet.example.com/ada-bo',
};
const series: CalendarSeries = { id: 'series-1', schedule, endsOn: '2026-04-30', sequence: 1 };
const ctx: CalendarContext = {
  programName: 'Spring reverse mentoring',
  mentor: { name: 'Ada Lovelace', email: 'ada@example.com' },
  mentee: { name: 'Bo Ng', email: 'bo@example.com' },
  organizer: { name: 'Counterpart', email: 'no-reply@counterpart.example' },
  workspaceUrl: 'https://counterpart.example/my/pairs/pair-1',
  domain: 'counterpart.example',
  now: new Date('2026-01-20T12:00:00Z'),
};

const starts = occurrences(schedule, series.endsOn);
const iso = (dates: readonly Date[]) => dates.map((date) => date.toISOString());

function meeting(index: number, overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  const start = starts[index]!;
  return {
    id: `m${index}`,
    seriesId: series.id,
    originalStart: start,
    startsAt: start,
    durationMinutes: 60,
    timeZone: 'Europe/London',
    status: 'scheduled',
    sequence: 0,
    topicTitle: null,
    mode: 'video',
    place: '',
    videoUrl: schedule.videoUrl,
    ...overrides,
  };
}

const moved = meeting(2, { startsAt: new Date('2026-03-04T14:00:00Z'), sequence: 1, topicTitle: 'Tools' });
const cancelled = meeting(4, { status: 'cancelled', sequence: 1 });

describe('seriesInvitation', () => {
  it('is one master with RRULE plus an override per moved meeting, and cancelled ones excluded', () => {
    expect(iso(starts)).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
      '2026-03-03T10:00:00.000Z',
      '2026-03-17T10:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-04-14T09:00:00.000Z',
      '2026-04-28T09:00:00.000Z',
    ]);
    const ics = seriesInvitation(ctx, series, [meeting(0), meeting(1), moved, meeting(3), cancelled]);
    const calendar = readCalendar(ics);
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.timeZones).toEqual(['Europe/London']);
    expect(calendar.events).toHaveLength(2);
    const [master, override] = calendar.events;
    expect(master).toMatchObject({
      uid: 'series-1@counterpart.example',
      sequence: 1,
      status: 'CONFIRMED',
      recurrenceId: null,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260428T090000Z',
    });
    expect(master?.start.toISOString()).toBe('2026-02-03T10:00:00.000Z');
    expect(master?.end.toISOString()).toBe('2026-02-03T11:00:00.000Z');
    expect(iso(master?.exdates ?? [])).toEqual(['2026-03-31T09:00:00.000Z']);
    expect(override).toMatchObject({ uid: 'series-1@counterpart.example', sequence: 1, rrule: null });
    expect(override?.recurrenceId?.toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect(override?.start.toISOString()).toBe('2026-03-04T14:00:00.000Z');

    expect(iso(expandSeries(calendar, 'series-1@counterpart.example'))).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
      '2026-03-04T14:00:00.000Z',
      '2026-03-17T10:00:00.000Z',
      '2026-04-14T09:00:00.000Z',
      '2026-04-28T09:00:00.000Z',
    ]);
  });

  it('says who, what, where and how to get to the workspace, and invites both people', () => {
    const [master] = readCalendar(seriesInvitation(ctx, series, [])).events;
    expect(master?.summary).toBe('Reverse mentoring: Ada Lovelace and Bo Ng');
    expect(master?.description).toContain('Spring reverse mentoring');
    expect(master?.description).toContain('Every 2 weeks on Tuesday at 10:00 (Europe/London), 60 minutes.');
    expect(master?.description).toContain('Join by video: https://meet.example.com/ada-bo');
    expect(master?.description).toContain('https://counterpart.example/my/pairs/pair-1');
    expect(master?.location).toBe('https://meet.example.com/ada-bo');
    expect(master?.url).toBe('https://counterpart.example/my/pairs/pair-1');
    expect(master?.organizer?.email).toBe('no-reply@counterpart.example');
    expect(master?.attendees.map((a) => [a.name, a.email])).toEqual([
      ['Ada Lovelace', 'ada@example.com'],
      ['Bo Ng', 'bo@example.com'],
    ]);
    expect(master?.exdates).toEqual([]);
  });

  it('puts the place in LOCATION for meetings in person', () => {
    const inPerson = {
      ...series,
      schedule: { ...schedule, mode: 'in_person' as const, place: 'Room 4, Leeds' },
    };
    const [master] = readCalendar(seriesInvitation(ctx, inPerson, [])).events;
    expect(master?.location).toBe('Room 4, Leeds');
    expect(master?.description).toContain('In person at Room 4, Leeds');
  });

  it('ignores meetings of other series, and a moved meeting that was then cancelled is only excluded', () => {
    const other = meeting(1, { seriesId: 'series-0', startsAt: new Date('2026-02-18T10:00:00Z') });
    const movedThenCancelled = meeting(3, {
      startsAt: new Date('2026-03-18T10:00:00Z'),
      status: 'cancelled',
      sequence: 2,
    });
    const calendar = readCalendar(seriesInvitation(ctx, series, [other, movedThenCancelled]));
    expect(calendar.events).toHaveLength(1);
    expect(iso(calendar.events[0]?.exdates ?? [])).toEqual(['2026-03-17T10:00:00.000Z']);
    expect(expandSeries(calendar, 'series-1@counterpart.example')).toHaveLength(starts.length - 1);
  });

  it('cancels the whole series when it ends before its first meeting', () => {
    const ics = seriesInvitation(ctx, { ...series, endsOn: '2026-02-02', sequence: 3 }, []);
    const calendar = readCalendar(ics);
    expect(calendar.method).toBe('CANCEL');
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: 'series-1@counterpart.example',
      status: 'CANCELLED',
      sequence: 3,
      rrule: null,
    });
  });
});

describe('occurrenceUpdate and occurrenceCancellation', () => {
  it('sends a moved meeting as one VEVENT of the series with RECURRENCE-ID, its SEQUENCE and the topic', () => {
    const calendar = readCalendar(occurrenceUpdate(ctx, series, moved));
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.events).toHaveLength(1);
    const [update] = calendar.events;
    expect(update).toMatchObject({
      uid: 'series-1@counterpart.example',
      sequence: 1,
      status: 'CONFIRMED',
      rrule: null,
    });
    expect(update?.recurrenceId?.toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect(update?.start.toISOString()).toBe('2026-03-04T14:00:00.000Z');
    expect(update?.end.toISOString()).toBe('2026-03-04T15:00:00.000Z');
    expect(update?.description).toContain('Topic: Tools');
    expect(update?.attendees.map((a) => a.email)).toEqual(['ada@example.com', 'bo@example.com']);
  });

  it('leaves the topic out when none is known', () => {
    const [update] = readCalendar(occurrenceUpdate(ctx, series, { ...moved, topicTitle: null })).events;
    expect(update?.description).not.toContain('Topic:');
  });

  it('cancels one meeting with METHOD:CANCEL, STATUS:CANCELLED, RECURRENCE-ID and its SEQUENCE', () => {
    const calendar = readCalendar(occurrenceCancellation(ctx, series, cancelled));
    expect(calendar.method).toBe('CANCEL');
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: 'series-1@counterpart.example',
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(calendar.events[0]?.recurrenceId?.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(calendar.events[0]?.attendees).toHaveLength(2);
  });
});

describe('publishedCalendar', () => {
  it('round-trips every meeting as its own event, cancelled ones marked so', () => {
    const sydney = {
      ...meeting(0),
      id: 'm-syd',
      seriesId: 'series-9',
      startsAt: new Date('2026-07-06T22:00:00Z'),
      originalStart: new Date('2026-07-06T22:00:00Z'),
      timeZone: 'Australia/Sydney',
      mode: 'in_person' as const,
      place: 'Level 3, George St',
      videoUrl: '',
      durationMinutes: 30,
    };
    const list = [moved, cancelled, sydney].map((m) => ({
      ...m,
      summary: `Meeting ${m.id}`,
      description: `About ${m.id}, with notes; and more`,
      url: `https://counterpart.example/my/pairs/pair-1#${m.id}`,
    }));
    const ics = publishedCalendar({
      name: 'Counterpart: Ada Lovelace',
      domain: 'counterpart.example',
      now: ctx.now,
      refreshHours: 1,
      meetings: list,
    });
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    const calendar = readCalendar(ics);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.property('x-wr-calname')).toBe('Counterpart: Ada Lovelace');
    expect(calendar.timeZones).toEqual(['Europe/London', 'Australia/Sydney']);
    expect(
      calendar.events.map((e) => [e.uid, e.sequence, e.status, e.start.toISOString(), e.end.toISOString()]),
    ).toEqual([
      ['m2@counterpart.example', 1, 'CONFIRMED', '2026-03-04T14:00:00.000Z', '2026-03-04T15:00:00.000Z'],
      ['m4@counterpart.example', 1, 'CANCELLED', '2026-03-31T09:00:00.000Z', '2026-03-31T10:00:00.000Z'],
      ['m-syd@counterpart.example', 0, 'CONFIRMED', '2026-07-06T22:00:00.000Z', '2026-07-06T22:30:00.000Z'],
    ]);
    const [first, , third] = calendar.events;
    expect(first).toMatchObject({
      summary: 'Meeting m2',
      description: 'About m2, with notes; and more',
      url: 'https://counterpart.example/my/pairs/pair-1#m2',
      location: 'https://meet.example.com/ada-bo',
      recurrenceId: null,
      rrule: null,
      organizer: null,
      attendees: [],
    });
    expect(third?.location).toBe('Level 3, George St');
    expect(third?.startZone).toBe('Australia/Sydney');
  });

  it('is a valid, empty calendar when there are no meetings, and names an organizer when given', () => {
    const empty = readCalendar(
      publishedCalendar({ name: 'Nothing yet', domain: 'd', now: ctx.now, meetings: [] }),
    );
    expect(empty.events).toEqual([]);
    const withOrganizer = publishedCalendar({
      name: 'One',
      domain: 'd',
      now: ctx.now,
      organizer: ctx.organizer,
      meetings: [{ ...moved, summary: 's', description: 'd', url: '' }],
    });
    const [event] = readCalendar(withOrganizer).events;
    expect(event?.organizer?.email).toBe('no-reply@counterpart.example');
    expect(event?.url).toBeNull();
    expect(withOrganizer).not.toContain('REFRESH-INTERVAL');
  });
});
