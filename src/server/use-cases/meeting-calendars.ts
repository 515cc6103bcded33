import {
  type CalendarMeeting,
  meetingSummary,
  publishedCalendar,
  whereLine,
} from '#core/calendar/meeting-calendar';
import { assignTopics } from '#core/calendar/topics';
import { topicPlanOf } from '#core/programs/program-settings';
import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import {
  calendarDomain,
  calendarMeeting,
  calendarSeries,
  workspaceUrl,
} from '#server/use-cases/calendar-context';
import { meetingNotFound } from '#server/use-cases/describe-meetings';
import { loadOwnPair } from '#server/use-cases/load-own-pair';
import type { MeetingRow, SeriesRow } from '#store/meeting-series-store';
import { calendarPairsOfPerson, seriesAndMeetingsOfPairs } from '#store/meeting-series-store';

/**
 * Calendars to download or subscribe to (METHOD:PUBLISH): one event per meeting, with the pair, the
 * topic, where they meet and a link to the workspace. Never notes, logs or anything private.
 */

export type CalendarPair = {
  readonly pairId: string;
  readonly programName: string;
  readonly programSettings: Record<string, unknown>;
  readonly mentorName: string;
  readonly menteeName: string;
};

type Published = CalendarMeeting & { summary: string; description: string; url: string };

/** The meetings of some pairs as events of a published calendar, in time order. */
export function publishedMeetings(
  deps: AppDeps,
  pairs: readonly CalendarPair[],
  seriesRows: readonly SeriesRow[],
  meetingRows: readonly MeetingRow[],
): Published[] {
  const series = new Map(seriesRows.map((s) => [s.id, calendarSeries(s)]));
  const out: Published[] = [];
  for (const pair of pairs) {
    const rows = meetingRows.filter((m) => m.pairId === pair.pairId && series.has(m.seriesId));
    const plan = topicPlanOf(pair.programSettings);
    const topics = assignTopics(
      rows.map((r) => ({
        id: r.id,
        cancelled: r.status === 'cancelled',
        planIndex: r.topicIndex,
        customTitle: r.customTopic,
      })),
      plan,
    );
    const people = { mentor: { name: pair.mentorName }, mentee: { name: pair.menteeName } };
    const url = workspaceUrl(deps, pair.pairId);
    for (const row of rows) {
      const topic = topics.get(row.id)?.title ?? null;
      const meeting = calendarMeeting(row, series.get(row.seriesId)!, topic);
      out.push({
        ...meeting,
        summary: meetingSummary({
          mentor: { ...people.mentor, email: '' },
          mentee: { ...people.mentee, email: '' },
        }),
        description: [
          `${pair.programName}: ${pair.mentorName} (mentor) and ${pair.menteeName} (mentee).`,
          ...(topic ? [`Topic: ${topic}`] : []),
          whereLine(meeting),
          `Your pair workspace: ${url}`,
        ].join('\n'),
        url,
      });
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export type CalendarFile = { filename: string; content: string };

/** Every meeting of the caller's pair, as a file to download. */
export async function pairCalendar(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
): Promise<Result<CalendarFile>> {
  const found = await pairMeetings(deps, caller, pairId);
  if (!found.ok) return found;
  const { name, meetings } = found.value;
  return ok({
    filename: 'meetings.ics',
    content: publishedCalendar({ name, domain: calendarDomain(deps), now: deps.now(), meetings }),
  });
}

/** One meeting of the caller's pair, as a file to download. */
export async function meetingCalendar(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
): Promise<Result<CalendarFile>> {
  const found = await pairMeetings(deps, caller, pairId);
  if (!found.ok) return found;
  const meeting = found.value.meetings.find((m) => m.id === meetingId);
  if (!meeting) return meetingNotFound();
  return ok({
    filename: 'meeting.ics',
    content: publishedCalendar({
      name: found.value.name,
      domain: calendarDomain(deps),
      now: deps.now(),
      meetings: [meeting],
    }),
  });
}

async function pairMeetings(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
): Promise<Result<{ name: string; meetings: Published[] }>> {
  const { db } = deps.database;
  const loaded = await loadOwnPair(db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  const pair = (await calendarPairsOfPerson(db, caller.orgId, own.personId)).find((p) => p.pairId === pairId);
  if (!pair) return meetingNotFound();
  const { series, meetings } = await seriesAndMeetingsOfPairs(db, caller.orgId, [pairId]);
  const published = publishedMeetings(deps, [pair], series, meetings);
  return ok({ name: `${pair.programName}: ${pair.mentorName} and ${pair.menteeName}`, meetings: published });
}
