import ICAL from 'ical.js';
import { instantToZoned, offsetMinutes } from '#core/calendar/zoned-time';

/**
 * Test-only: reads our calendars back with an independent parser (ical.js). Times with a TZID are
 * resolved through the VTIMEZONE inside the same calendar, so a wrong VTIMEZONE shows up as wrong instants.
 */

export type ReadPerson = { email: string; name: string | null; params: Record<string, unknown> };
export type ReadEvent = {
  uid: string;
  sequence: number;
  status: string | null;
  start: Date;
  end: Date;
  startZone: string;
  recurrenceId: Date | null;
  rrule: string | null;
  exdates: Date[];
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: ReadPerson | null;
  attendees: ReadPerson[];
  component: ICAL.Component;
};
export type ReadCalendar = {
  root: ICAL.Component;
  method: string | null;
  property: (name: string) => string | null;
  timeZones: string[];
  events: ReadEvent[];
};

function person(property: ICAL.Property | null): ReadPerson | null {
  if (!property) return null;
  const value = String(property.getFirstValue());
  const params = property.toJSON()[1] as Record<string, unknown>;
  const cn = property.getParameter('cn');
  return { email: value.replace(/^mailto:/i, ''), name: typeof cn === 'string' ? cn : null, params };
}

function time(value: unknown): ICAL.Time {
  if (!(value instanceof ICAL.Time)) throw new Error(`Expected a date-time, got ${String(value)}`);
  return value;
}

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

export function readCalendar(ics: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  if (root.name !== 'vcalendar') throw new Error(`Expected a VCALENDAR, got ${root.name}`);
  const events = root.getAllSubcomponents('vevent').map((component): ReadEvent => {
    const start = time(component.getFirstPropertyValue('dtstart'));
    const recurrence = component.getFirstPropertyValue('recurrence-id');
    const rrule = component.getFirstPropertyValue('rrule');
    return {
      uid: text(component, 'uid') ?? '',
      sequence: Number(component.getFirstPropertyValue('sequence') ?? 0),
      status: text(component, 'status'),
      start: start.toJSDate(),
      end: time(component.getFirstPropertyValue('dtend')).toJSDate(),
      startZone: start.zone?.tzid ?? 'floating',
      recurrenceId: recurrence ? time(recurrence).toJSDate() : null,
      rrule: rrule ? String(rrule) : null,
      exdates: component
        .getAllProperties('exdate')
        .flatMap((property) => property.getValues().map((value) => time(value).toJSDate())),
      summary: text(component, 'summary') ?? '',
      description: text(component, 'description') ?? '',
      location: text(component, 'location'),
      url: text(component, 'url'),
      organizer: person(component.getFirstProperty('organizer')),
      attendees: component.getAllProperties('attendee').map((property) => person(property)!),
      component,
    };
  });
  return {
    root,
    method: text(root, 'method'),
    property: (name) => text(root, name),
    timeZones: root
      .getAllSubcomponents('vtimezone')
      .map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}

/**
 * Every occurrence start of the recurring event `uid`, as a calendar app would show it: the RRULE
 * expanded in the event's zone, EXDATEs removed, and overrides (same UID with RECURRENCE-ID) moving theirs.
 */
export function expandSeries(calendar: ReadCalendar, uid: string, limit = 1000): Date[] {
  const components = calendar.events.filter((event) => event.uid === uid);
  const master = components.find((event) => event.recurrenceId === null);
  if (!master) throw new Error(`No master event for ${uid}`);
  const event = new ICAL.Event(master.component);
  for (const exception of components) if (exception.recurrenceId) event.relateException(exception.component);
  const iterator = event.iterator();
  const starts: Date[] = [];
  for (let next = iterator.next(); next && starts.length < limit; next = iterator.next()) {
    starts.push(event.getOccurrenceDetails(next).startDate.toJSDate());
  }
  return starts;
}

/** A wall-clock time that happens twice (fall-back) or never (spring-forward) in the zone. */
export function isAmbiguousOrMissing(date: string, time: string, timeZone: string): boolean {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsets = new Set([-1, 1].map((days) => offsetMinutes(new Date(wall + days * 86_400_000), timeZone)));
  const valid = [...offsets].filter((offset) => {
    const local = instantToZoned(new Date(wall - offset * 60_000), timeZone);
    return local.date === date && local.time === time;
  });
  return valid.length !== 1;
}
