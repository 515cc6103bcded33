import type { CalendarContext, CalendarMeeting, CalendarSeries } from '#core/calendar/meeting-calendar';
import { meetingScheduleSchema } from '#core/calendar/meeting-schedule';
import type { IcsPerson } from '#core/calendar/ical';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import type { MeetingMailBase } from '#server/mail/meeting-emails';
import type { OwnPair } from '#server/use-cases/load-own-pair';
import type { MeetingRow, SeriesRow } from '#store/meeting-series-store';
import { getPerson } from '#store/people-store';

/** What calendars and their emails need to know about a pair, gathered once per request. */

export type PairPerson = { id: string; name: string; email: string; timeZone: string };

export function workspaceUrl(deps: AppDeps, pairId: string): string {
  return `${deps.env.publicUrl}/my/pairs/${encodeURIComponent(pairId)}`;
}

/** The host name calendar UIDs end in: the public URL's. */
export function calendarDomain(deps: AppDeps): string {
  return new URL(deps.env.publicUrl).hostname;
}

/**
 * The ORGANIZER of invitations: MAIL_FROM's name and address ("Counterpart <no-reply@…>"); a bare
 * address is shown with the organisation's name.
 */
export function organizerOf(mailFrom: string, orgName: string): IcsPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (match) return { name: match[1]?.trim() || orgName, email: match[2]!.trim() };
  return { name: orgName, email: mailFrom.trim() };
}

export function calendarContext(
  deps: AppDeps,
  input: {
    programName: string;
    orgName: string;
    pairId: string;
    mentor: Pick<PairPerson, 'name' | 'email'>;
    mentee: Pick<PairPerson, 'name' | 'email'>;
  },
): CalendarContext {
  return {
    programName: input.programName,
    mentor: { name: input.mentor.name, email: input.mentor.email },
    mentee: { name: input.mentee.name, email: input.mentee.email },
    organizer: organizerOf(deps.env.mailFrom, input.orgName),
    workspaceUrl: workspaceUrl(deps, input.pairId),
    domain: calendarDomain(deps),
    now: deps.now(),
  };
}

export function calendarSeries(row: SeriesRow): CalendarSeries {
  return {
    id: row.id,
    schedule: meetingScheduleSchema.parse(row.schedule),
    endsOn: row.endsOn,
    sequence: row.sequence,
  };
}

export function calendarMeeting(
  row: MeetingRow,
  series: CalendarSeries,
  topicTitle: string | null = null,
): CalendarMeeting {
  const { schedule } = series;
  return {
    id: row.id,
    seriesId: row.seriesId,
    originalStart: row.originalStart,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: schedule.timeZone,
    status: row.status,
    sequence: row.sequence,
    topicTitle,
    mode: schedule.mode,
    place: schedule.place,
    videoUrl: schedule.videoUrl,
  };
}

/** Both people of a pair, the calendar context for them, and the common part of an email to each. */
export type PairMail = {
  readonly me: PairPerson;
  readonly partner: PairPerson;
  readonly context: CalendarContext;
  /** The email header for `person` (one of the two), naming the other as the partner. */
  readonly to: (person: PairPerson) => MeetingMailBase;
};

export async function loadPairMail(
  deps: AppDeps,
  caller: Caller,
  own: OwnPair,
): Promise<PairMail | undefined> {
  const { db } = deps.database;
  const { orgId } = own.pair;
  const [me, partner] = await Promise.all([
    getPerson(db, orgId, own.personId),
    getPerson(db, orgId, own.partnerPersonId),
  ]);
  if (!me || !partner) return undefined;
  const pick = (p: NonNullable<typeof me>): PairPerson => ({
    id: p.id,
    name: p.name,
    email: p.email,
    timeZone: p.timeZone,
  });
  const [mentor, mentee] = own.role === 'mentor' ? [pick(me), pick(partner)] : [pick(partner), pick(me)];
  return {
    me: pick(me),
    partner: pick(partner),
    context: calendarContext(deps, {
      programName: own.program.name,
      orgName: caller.org.name,
      pairId: own.pair.id,
      mentor,
      mentee,
    }),
    to: (person) => ({
      orgId,
      orgName: caller.org.name,
      to: { name: person.name, email: person.email, timeZone: person.timeZone },
      partnerName: person.id === mentor.id ? mentee.name : mentor.name,
      programName: own.program.name,
      workspaceUrl: workspaceUrl(deps, own.pair.id),
    }),
  };
}
