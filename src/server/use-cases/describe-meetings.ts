import { assignTopics } from '#core/calendar/topics';
import { topicPlanOf } from '#core/programs/program-settings';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import { decryptNote } from '#server/crypto/note-cipher';
import type { Caller } from '#server/auth/authenticate';
import { isWritable, type OwnPair, ownPairOf } from '#server/use-cases/load-own-pair';
import type { Db } from '#store/database';
import {
  getPairWithMeetingSeenBy,
  getPairWithMeetingsSeenBy,
  listPairMeetingsSeenBy,
  type MeetingOutline,
  type MeetingSeenBy,
} from '#store/meetings-store';

export type Topic = {
  title: string;
  guide: string;
  source: 'plan' | 'custom';
  planIndex: number | null;
};

/** One meeting as the caller sees it (docs/api/workspace.md `Meeting`). */
export type Meeting = {
  id: string;
  /** 1-based among the pair's non-cancelled meetings in time order; 0 for a cancelled one. */
  number: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: 'scheduled' | 'cancelled' | 'held' | 'missed';
  moved: boolean;
  isKickoff: boolean;
  mode: 'video' | 'in_person' | 'phone';
  place: string;
  videoUrl: string;
  topic: Topic | null;
  log: null | {
    loggedBy: string;
    loggedAt: string;
    sharedNotes: string;
    taught: { mentor: string[]; mentee: string[] };
  };
  myPulse: number | null;
  myPrivateNote: string | null;
};

export const meetingNotFound = <T>(): Result<T> => fail([issue('not_found', 'That meeting was not found.')]);

/**
 * The pair's meetings in time order, cancelled included. Numbers, the kickoff and default topics
 * depend on the whole list, so one meeting is described from it too.
 */
export async function listMeetingsOfPair(
  deps: AppDeps,
  own: OwnPair,
  db: Db = deps.database.db,
): Promise<Meeting[]> {
  return describeMeetings(
    deps,
    own,
    await listPairMeetingsSeenBy(db, own.pair.orgId, own.pair.id, own.personId),
  );
}

/** The pair's meetings, read in time order, as the API shows them to `own`'s person. */
function describeMeetings(deps: AppDeps, own: OwnPair, rows: readonly MeetingSeenBy[]): Meeting[] {
  const places = placeMeetings(own, rows);
  return rows.map((row) => describeSeen(deps, own, row, places.get(row.id)!));
}

/** What a meeting's place among the pair's meetings decides. */
type Place = Pick<Meeting, 'number' | 'isKickoff' | 'topic'>;

/** Each meeting's number, whether it is the kickoff, and its topic, from the outlines in time order. */
function placeMeetings(own: OwnPair, outlines: readonly MeetingOutline[]): Map<string, Place> {
  const topics = assignTopics(
    outlines.map((o) => ({
      id: o.id,
      cancelled: o.status === 'cancelled',
      planIndex: o.topicIndex,
      customTitle: o.customTopic,
    })),
    topicPlanOf(own.program.settings),
  );
  const places = new Map<string, Place>();
  let number = 0;
  for (const o of outlines) {
    const cancelled = o.status === 'cancelled';
    if (!cancelled) number += 1;
    places.set(o.id, {
      number: cancelled ? 0 : number,
      isKickoff: !cancelled && number === 1,
      topic: topics.get(o.id) ?? null,
    });
  }
  return places;
}

/** One meeting as `own`'s person sees it, at its place among the pair's meetings. */
function describeSeen(deps: AppDeps, own: OwnPair, row: MeetingSeenBy, place: Place): Meeting {
  const startsAt = row.startsAt.getTime();
  const ciphertext = row.ownNoteCiphertext;
  const note = { orgId: own.pair.orgId, meetingId: row.id, authorPersonId: own.personId };
  const { timeZone, mode, where, videoUrl } = whereAndHow(row.schedule);
  return {
    id: row.id,
    number: place.number,
    startsAt: row.startsAt.toISOString(),
    endsAt: new Date(startsAt + row.durationMinutes * 60_000).toISOString(),
    timeZone,
    status: row.status,
    moved: startsAt !== row.originalStart.getTime(),
    isKickoff: place.isKickoff,
    mode,
    place: where,
    videoUrl,
    topic: place.topic,
    log: row.loggedAt
      ? {
          loggedBy: row.loggedByName ?? '',
          loggedAt: row.loggedAt.toISOString(),
          sharedNotes: row.sharedNotes,
          taught: taughtBySide(row.lessons),
        }
      : null,
    myPulse: own.role === 'mentor' ? row.mentorPulse : row.menteePulse,
    myPrivateNote: ciphertext === null ? null : (decryptNote(deps.keys.notes, note, ciphertext) ?? null),
  };
}

function taughtBySide(lessons: MeetingSeenBy['lessons']): { mentor: string[]; mentee: string[] } {
  const taught = { mentor: [] as string[], mentee: [] as string[] };
  for (const l of lessons) taught[l.taughtBy].push(l.skill);
  return taught;
}

/** One meeting of the pair; not found when it belongs to another pair (or does not exist). */
export async function describeMeeting(
  deps: AppDeps,
  own: OwnPair,
  meetingId: string,
  db: Db = deps.database.db,
): Promise<Result<Meeting>> {
  const found = await getPairWithMeetingSeenBy(db, own.pair.orgId, own.pair.id, meetingId, own.personId);
  return found?.meeting
    ? ok(describeMeetingAmong(deps, own, found.outlines, found.meeting))
    : meetingNotFound();
}

/** `meeting` described at its place among the pair's meetings' outlines (in time order, it among them). */
export function describeMeetingAmong(
  deps: AppDeps,
  own: OwnPair,
  outlines: readonly MeetingOutline[],
  meeting: MeetingSeenBy,
): Meeting {
  const place = placeMeetings(own, outlines).get(meeting.id);
  if (!place) throw new Error('The meeting is not among the outlines it is placed among.');
  return describeSeen(deps, own, meeting, place);
}

/** The stored schedule's zone, mode and place, read leniently: the series row is the source. */
function whereAndHow(schedule: Record<string, unknown>): {
  timeZone: string;
  mode: Meeting['mode'];
  where: string;
  videoUrl: string;
} {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const mode = schedule.mode === 'in_person' || schedule.mode === 'phone' ? schedule.mode : 'video';
  return {
    timeZone: text(schedule.timeZone) || 'UTC',
    mode,
    where: text(schedule.place),
    videoUrl: text(schedule.videoUrl),
  };
}

/** GET of the list: the caller must be one of the pair. */
export async function listMyPairMeetings(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
): Promise<Result<Meeting[]>> {
  const found = caller.personId
    ? await getPairWithMeetingsSeenBy(deps.database.db, caller.orgId, pairId, caller.personId)
    : undefined;
  const own = ownPairOf(caller, found);
  return own.ok ? ok(describeMeetings(deps, own.value, found?.meetings ?? [])) : own;
}

/** GET of one meeting: the caller must be one of the pair, and the meeting the pair's. */
export async function describeMyPairMeeting(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
  meetingId: string,
): Promise<Result<Meeting>> {
  const loaded = await loadOwnMeeting(deps.database.db, caller, pairId, meetingId);
  if (!loaded.ok) return loaded;
  const { own, meeting, outlines } = loaded.value;
  return ok(describeMeetingAmong(deps, own, outlines, meeting));
}

/**
 * The caller's own pair and one of its meetings with the outlines of the pair's meetings, all read
 * in one statement; not found when the caller is not one of the pair or the meeting is not the pair's.
 */
async function loadOwnMeeting(
  db: Db,
  caller: Caller,
  pairId: string,
  meetingId: string,
): Promise<Result<{ own: OwnPair; meeting: MeetingSeenBy; outlines: MeetingOutline[] }>> {
  const found = caller.personId
    ? await getPairWithMeetingSeenBy(db, caller.orgId, pairId, meetingId, caller.personId)
    : undefined;
  const own = ownPairOf(caller, found);
  if (!own.ok) return own;
  if (!found?.meeting) return meetingNotFound();
  return ok({ own: own.value, meeting: found.meeting, outlines: found.outlines });
}

export const pairEnded = <T>(): Result<T> =>
  fail([issue('conflict', 'This pair has ended, so its workspace can no longer be changed.')]);

/**
 * For a write on one meeting: the caller's own pair, still running, and the meeting (of that pair)
 * with the outlines of the pair's meetings, all read in one statement. Pass the transaction's `db`
 * so the reads see what the write holds.
 */
export async function loadMeetingToChange(
  db: Db,
  caller: Caller,
  pairId: string,
  meetingId: string,
): Promise<Result<{ own: OwnPair; meeting: MeetingSeenBy; outlines: MeetingOutline[] }>> {
  const loaded = await loadOwnMeeting(db, caller, pairId, meetingId);
  if (loaded.ok && !isWritable(loaded.value.own)) return pairEnded();
  return loaded;
}
