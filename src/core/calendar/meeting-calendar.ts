import { firstOccurrenceDate, occurrences, recurrenceRule } from '#core/calendar/cadence';
import { formatCalendar, type IcsEvent, type IcsPerson } from '#core/calendar/ical';
import { type MeetingSchedule, WEEKDAY_NAMES } from '#core/calendar/meeting-schedule';
import { zonedToInstant } from '#core/calendar/zoned-time';

/** The calendars Counterpart sends and publishes for a pair's meetings, built on the iCalendar writer. */

export type CalendarSeries = { id: string; schedule: MeetingSchedule; endsOn: string; sequence: number };
export type CalendarMeeting = {
  id: string;
  seriesId: string;
  originalStart: Date;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  status: 'scheduled' | 'cancelled' | 'held' | 'missed';
  sequence: number;
  topicTitle: string | null;
  mode: 'video' | 'in_person' | 'phone';
  place: string;
  videoUrl: string;
};
export type CalendarContext = {
  programName: string;
  mentor: IcsPerson;
  mentee: IcsPerson;
  organizer: IcsPerson;
  workspaceUrl: string;
  domain: string;
  now: Date;
};

type Where = Pick<CalendarMeeting, 'mode' | 'place' | 'videoUrl'>;

export function meetingSummary(ctx: Pick<CalendarContext, 'mentor' | 'mentee'>): string {
  return `Reverse mentoring: ${ctx.mentor.name} and ${ctx.mentee.name}`;
}

/** Where or how the pair meets, in one sentence. */
export function whereLine(where: Where): string {
  if (where.mode === 'video') {
    return where.videoUrl ? `Join by video: ${where.videoUrl}` : 'By video (the link will follow).';
  }
  if (where.mode === 'phone') return where.place ? `By phone: ${where.place}` : 'By phone.';
  return where.place ? `In person at ${where.place}` : 'In person (the place will follow).';
}

/** LOCATION: the place, or the video link for a video meeting without one. */
export function meetingLocation(where: Where): string {
  return where.place || (where.mode === 'video' ? where.videoUrl : '');
}

function describe(ctx: CalendarContext, where: Where, extra: readonly string[]): string {
  return [
    `${ctx.programName}: ${ctx.mentor.name} (mentor) and ${ctx.mentee.name} (mentee).`,
    ...extra,
    whereLine(where),
    `Your pair workspace: ${ctx.workspaceUrl}`,
  ].join('\n');
}

function cadenceLine(schedule: MeetingSchedule): string {
  const every = schedule.everyWeeks === 1 ? 'Every week' : `Every ${schedule.everyWeeks} weeks`;
  const day = WEEKDAY_NAMES[schedule.weekday - 1];
  return `${every} on ${day} at ${schedule.time} (${schedule.timeZone}), ${schedule.durationMinutes} minutes.`;
}

function common(ctx: CalendarContext, where: Where) {
  const location = meetingLocation(where);
  return {
    stamp: ctx.now,
    summary: meetingSummary(ctx),
    url: ctx.workspaceUrl,
    organizer: ctx.organizer,
    attendees: [ctx.mentor, ctx.mentee],
    ...(location ? { location } : {}),
  };
}

const seriesUid = (ctx: CalendarContext, series: CalendarSeries) => `${series.id}@${ctx.domain}`;
const isMoved = (meeting: CalendarMeeting) => meeting.startsAt.getTime() !== meeting.originalStart.getTime();

function occurrenceEvent(ctx: CalendarContext, series: CalendarSeries, meeting: CalendarMeeting): IcsEvent {
  const topic = meeting.topicTitle ? [`Topic: ${meeting.topicTitle}`] : [];
  return {
    ...common(ctx, meeting),
    uid: seriesUid(ctx, series),
    sequence: meeting.sequence,
    start: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    description: describe(ctx, meeting, topic),
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    recurrenceId: meeting.originalStart,
  };
}

/**
 * METHOD:REQUEST: the series as one master VEVENT (UID `${series.id}@${domain}`, RRULE from
 * recurrenceRule, SEQUENCE series.sequence, EXDATE for cancelled occurrences by originalStart) plus one
 * override VEVENT per moved occurrence (same UID, RECURRENCE-ID = originalStart, its own SEQUENCE,
 * DTSTART = startsAt). Meetings passed are those of this series.
 *
 * A series with no occurrence left (it ends before its first meeting) cannot be an RRULE: it is then
 * sent as METHOD:CANCEL of the whole series (STATUS:CANCELLED, no RRULE).
 */
export function seriesInvitation(
  ctx: CalendarContext,
  series: CalendarSeries,
  meetings: readonly CalendarMeeting[],
): string {
  const { schedule } = series;
  const firstDate = firstOccurrenceDate(schedule);
  const master: IcsEvent = {
    ...common(ctx, schedule),
    uid: seriesUid(ctx, series),
    sequence: series.sequence,
    start: zonedToInstant(firstDate, schedule.time, schedule.timeZone),
    startWallClock: { date: firstDate, time: schedule.time },
    durationMinutes: schedule.durationMinutes,
    timeZone: schedule.timeZone,
    description: describe(ctx, schedule, [cadenceLine(schedule)]),
    status: 'CONFIRMED',
  };
  if (occurrences(schedule, series.endsOn).length === 0) {
    return formatCalendar({ method: 'CANCEL', events: [{ ...master, status: 'CANCELLED' }] });
  }
  const ours = meetings.filter((meeting) => meeting.seriesId === series.id);
  const cancelled = ours.filter((meeting) => meeting.status === 'cancelled');
  const exdates = [...cancelled.map((meeting) => meeting.originalStart)].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const overrides = ours
    .filter((meeting) => meeting.status !== 'cancelled' && isMoved(meeting))
    .sort((a, b) => a.originalStart.getTime() - b.originalStart.getTime())
    .map((meeting) => occurrenceEvent(ctx, series, meeting));
  return formatCalendar({
    method: 'REQUEST',
    events: [
      {
        ...master,
        rrule: recurrenceRule(schedule, series.endsOn),
        ...(exdates.length > 0 ? { exdates } : {}),
      },
      ...overrides,
    ],
  });
}

/**
 * METHOD:REQUEST for one moved occurrence: one VEVENT, UID of the series, RECURRENCE-ID = originalStart,
 * SEQUENCE = meeting.sequence, new DTSTART. The description mentions the topic when known.
 */
export function occurrenceUpdate(
  ctx: CalendarContext,
  series: CalendarSeries,
  meeting: CalendarMeeting,
): string {
  return formatCalendar({
    method: 'REQUEST',
    events: [{ ...occurrenceEvent(ctx, series, meeting), status: 'CONFIRMED' }],
  });
}

/** METHOD:CANCEL for one occurrence: STATUS:CANCELLED, RECURRENCE-ID, SEQUENCE = meeting.sequence. */
export function occurrenceCancellation(
  ctx: CalendarContext,
  series: CalendarSeries,
  meeting: CalendarMeeting,
): string {
  return formatCalendar({
    method: 'CANCEL',
    events: [{ ...occurrenceEvent(ctx, series, meeting), status: 'CANCELLED' }],
  });
}

/**
 * METHOD:PUBLISH: one VEVENT per meeting (UID `${meeting.id}@${domain}`, SEQUENCE = meeting.sequence,
 * STATUS CANCELLED for cancelled ones), for downloads and subscription feeds; `name` becomes
 * X-WR-CALNAME; refreshHours → REFRESH-INTERVAL. Each meeting brings its own summary/description/url.
 */
export function publishedCalendar(input: {
  name: string;
  domain: string;
  now: Date;
  refreshHours?: number;
  organizer?: IcsPerson;
  meetings: readonly (CalendarMeeting & { summary: string; description: string; url: string })[];
}): string {
  const events = input.meetings.map((meeting): IcsEvent => {
    const location = meetingLocation(meeting);
    return {
      uid: `${meeting.id}@${input.domain}`,
      sequence: meeting.sequence,
      stamp: input.now,
      start: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      timeZone: meeting.timeZone,
      summary: meeting.summary,
      description: meeting.description,
      status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      ...(meeting.url ? { url: meeting.url } : {}),
      ...(location ? { location } : {}),
      ...(input.organizer ? { organizer: input.organizer } : {}),
    };
  });
  return formatCalendar({
    method: 'PUBLISH',
    name: input.name,
    ...(input.refreshHours !== undefined ? { refreshHours: input.refreshHours } : {}),
    events,
  });
}
