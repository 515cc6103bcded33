import { and, asc, eq, inArray, param, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import {
  meetingLessons,
  meetingSeries,
  meetings,
  pairs,
  people,
  privateNotes,
  programs,
  skills,
} from '#store/schema';

/** A pair's meetings with what each side taught and each person's own private notes. Scoped by organisation. */
export type MeetingRow = typeof meetings.$inferSelect;
export type Side = 'mentor' | 'mentee';

/** A meeting with its series' schedule (mode, place, zone) and the name of whoever logged it. */
export type MeetingWithSchedule = MeetingRow & {
  readonly schedule: Record<string, unknown>;
  readonly loggedByName: string | null;
};

const withSchedule = {
  meeting: meetings,
  schedule: meetingSeries.schedule,
  loggedByName: people.name,
};

type Joined = { meeting: MeetingRow; schedule: Record<string, unknown>; loggedByName: string | null };
const flatten = (r: Joined): MeetingWithSchedule => ({
  ...r.meeting,
  schedule: r.schedule,
  loggedByName: r.loggedByName,
});

/**
 * A meeting as one of the pair's two people sees it in the workspace: what describing it needs, with
 * what each side taught (skills in name order) and the reader's own encrypted note, never the partner's.
 */
export type MeetingSeenBy = Pick<
  MeetingRow,
  | 'id'
  | 'status'
  | 'startsAt'
  | 'originalStart'
  | 'durationMinutes'
  | 'topicIndex'
  | 'customTopic'
  | 'sharedNotes'
  | 'loggedAt'
  | 'mentorPulse'
  | 'menteePulse'
> & {
  readonly schedule: Record<string, unknown>;
  readonly loggedByName: string | null;
  readonly lessons: readonly { readonly taughtBy: Side; readonly skill: string }[];
  readonly ownNoteCiphertext: string | null;
};

/**
 * A pair with its program and every meeting, cancelled included, in time order, as `readerPersonId`
 * sees them, in one statement and one row (ADR 018): the meetings come as one JSON array, so the
 * pair and its program are not repeated on every meeting's row.
 */
export async function getPairWithMeetingsSeenBy(
  db: Db,
  orgId: string,
  pairId: string,
  readerPersonId: string,
) {
  const [row] = await pairWithMeetingsSeenBy(db).execute({ orgId, pairId, readerPersonId });
  return row && { pair: row.pair, program: row.program, meetings: (row.meetings ?? []).map(seenBy) };
}

/** The pair's meetings as `readerPersonId` sees them (none when the pair is not the organisation's). */
export async function listPairMeetingsSeenBy(
  db: Db,
  orgId: string,
  pairId: string,
  readerPersonId: string,
): Promise<MeetingSeenBy[]> {
  return (await getPairWithMeetingsSeenBy(db, orgId, pairId, readerPersonId))?.meetings ?? [];
}

/** One meeting as `meetingsSeenBy` packs it: JSON keeps times as ISO 8601 text with their offset. */
type PackedMeeting = [
  id: string,
  status: MeetingRow['status'],
  startsAt: string,
  originalStart: string,
  durationMinutes: number,
  topicIndex: number | null,
  customTopic: string | null,
  sharedNotes: string,
  loggedAt: string | null,
  loggedByName: string | null,
  mentorPulse: number | null,
  menteePulse: number | null,
  schedule: Record<string, unknown>,
  lessons: [Side, string][] | null,
  ownNoteCiphertext: string | null,
];

const seenBy = (m: PackedMeeting): MeetingSeenBy => ({
  id: m[0],
  status: m[1],
  startsAt: new Date(m[2]),
  originalStart: new Date(m[3]),
  durationMinutes: m[4],
  topicIndex: m[5],
  customTopic: m[6],
  sharedNotes: m[7],
  loggedAt: m[8] === null ? null : new Date(m[8]),
  loggedByName: m[9],
  mentorPulse: m[10],
  menteePulse: m[11],
  schedule: m[12],
  lessons: (m[13] ?? []).map(([taughtBy, skill]) => ({ taughtBy, skill })),
  ownNoteCiphertext: m[14],
});

/** The pair's meetings packed in time order (`PackedMeeting`), null when it has none. */
const meetingsSeenBy = sql<PackedMeeting[] | null>`(
  select json_agg(json_build_array(
      ${meetings.id}, ${meetings.status}, ${meetings.startsAt}, ${meetings.originalStart},
      ${meetings.durationMinutes}, ${meetings.topicIndex}, ${meetings.customTopic}, ${meetings.sharedNotes},
      ${meetings.loggedAt},
      (select ${people.name} from ${people} where ${people.id} = ${meetings.loggedByPersonId}),
      ${meetings.mentorPulse}, ${meetings.menteePulse},
      (select ${meetingSeries.schedule} from ${meetingSeries} where ${meetingSeries.id} = ${meetings.seriesId}),
      (select json_agg(json_build_array(${meetingLessons.taughtBy}, ${skills.name}) order by lower(${skills.name}), ${skills.id})
        from ${meetingLessons} inner join ${skills} on ${skills.id} = ${meetingLessons.skillId}
        where ${meetingLessons.orgId} = ${meetings.orgId} and ${meetingLessons.meetingId} = ${meetings.id}),
      (select ${privateNotes.ciphertext} from ${privateNotes}
        where ${privateNotes.orgId} = ${meetings.orgId} and ${privateNotes.meetingId} = ${meetings.id}
          and ${privateNotes.authorPersonId} = ${sql.placeholder('readerPersonId')}))
    order by ${meetings.startsAt}, ${meetings.originalStart}, ${meetings.id})
  from ${meetings}
  where ${meetings.orgId} = ${pairs.orgId} and ${meetings.pairId} = ${pairs.id})`;

const pairWithMeetingsSeenBy = preparedQuery((db) =>
  db
    .select({ pair: pairs, program: programs, meetings: meetingsSeenBy })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.orgId, pairs.orgId), eq(programs.id, pairs.programId)))
    .where(and(eq(pairs.orgId, sql.placeholder('orgId')), eq(pairs.id, sql.placeholder('pairId'))))
    .prepare('pair_with_meetings_seen_by'),
);

/**
 * A pair with its program and one of its meetings (null when the pair has no such meeting), in one
 * statement: every change to a meeting starts here (ADR 018).
 */
export async function getPairWithMeeting(db: Db, orgId: string, pairId: string, meetingId: string) {
  const [row] = await pairWithMeeting(db).execute({ orgId, pairId, meetingId });
  if (!row) return undefined;
  const { pair, program, meeting, schedule, loggedByName } = row;
  return {
    pair,
    program,
    meeting: meeting && schedule ? flatten({ meeting, schedule, loggedByName }) : null,
  };
}

const pairWithMeeting = preparedQuery((db) =>
  db
    .select({ pair: pairs, program: programs, ...withSchedule })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.orgId, pairs.orgId), eq(programs.id, pairs.programId)))
    .leftJoin(
      meetings,
      and(
        eq(meetings.orgId, pairs.orgId),
        eq(meetings.pairId, pairs.id),
        eq(meetings.id, sql.placeholder('meetingId')),
      ),
    )
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(people, eq(people.id, meetings.loggedByPersonId))
    .where(and(eq(pairs.orgId, sql.placeholder('orgId')), eq(pairs.id, sql.placeholder('pairId'))))
    .prepare('pair_with_meeting'),
);

export async function setMeetingTopic(
  db: Db,
  orgId: string,
  meetingId: string,
  topic: { topicIndex: number | null; customTopic: string | null },
  now: Date,
) {
  await db
    .update(meetings)
    .set({ ...topic, updatedAt: now })
    .where(and(eq(meetings.orgId, orgId), eq(meetings.id, meetingId)));
}

/** Writes the shared part of a log, and the pulse into the logging person's own column only. */
export async function writeMeetingLog(
  db: Db,
  orgId: string,
  meetingId: string,
  log: {
    status: 'held' | 'missed';
    sharedNotes: string;
    loggedByPersonId: string;
    loggedAt: Date;
    side: Side;
    pulse: number | null;
  },
) {
  const pulse = log.side === 'mentor' ? { mentorPulse: log.pulse } : { menteePulse: log.pulse };
  await db
    .update(meetings)
    .set({
      status: log.status,
      sharedNotes: log.sharedNotes,
      loggedByPersonId: log.loggedByPersonId,
      loggedAt: log.loggedAt,
      updatedAt: log.loggedAt,
      ...pulse,
    })
    .where(and(eq(meetings.orgId, orgId), eq(meetings.id, meetingId)));
}

export type Lesson = { readonly meetingId: string; readonly taughtBy: Side; readonly skill: string };

/** What was taught in these meetings, by skill name. */
export async function listLessons(db: Db, orgId: string, meetingIds: readonly string[]): Promise<Lesson[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: meetingLessons.meetingId, taughtBy: meetingLessons.taughtBy, skill: skills.name })
    .from(meetingLessons)
    .innerJoin(skills, eq(skills.id, meetingLessons.skillId))
    .where(and(eq(meetingLessons.orgId, orgId), inArray(meetingLessons.meetingId, [...meetingIds])))
    .orderBy(asc(sql`lower(${skills.name})`), asc(skills.id));
}

/**
 * Replaces what was taught in a meeting with these skills, in one statement: lessons no longer
 * listed go, new ones come, those that stay are kept as they were. (Deleting all and inserting again
 * in one statement would lose the ones that stay: the insert sees them as conflicts.)
 */
export async function replaceLessons(
  db: Db,
  orgId: string,
  meetingId: string,
  lessons: readonly { taughtBy: Side; skillId: string }[],
) {
  await db.execute(sql`
    with wanted(taught_by, skill_id) as (
      select * from unnest(${param(lessons.map((l) => l.taughtBy))}::text[], ${param(lessons.map((l) => l.skillId))}::text[])),
    gone as (
      delete from ${meetingLessons} ml where ml.org_id = ${orgId} and ml.meeting_id = ${meetingId}
        and (ml.taught_by, ml.skill_id) not in (select taught_by, skill_id from wanted))
    insert into ${meetingLessons} (org_id, meeting_id, taught_by, skill_id)
      select ${orgId}::text, ${meetingId}::text, taught_by, skill_id from wanted
    on conflict do nothing`);
}

// Private notes: every read and write names the author, so another person's note is never selected.

/** The author's own note ciphertexts on these meetings. */
export async function listOwnNoteCiphertexts(
  db: Db,
  orgId: string,
  authorPersonId: string,
  meetingIds: readonly string[],
): Promise<Map<string, string>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({ meetingId: privateNotes.meetingId, ciphertext: privateNotes.ciphertext })
    .from(privateNotes)
    .where(
      and(
        eq(privateNotes.orgId, orgId),
        eq(privateNotes.authorPersonId, authorPersonId),
        inArray(privateNotes.meetingId, [...meetingIds]),
      ),
    );
  return new Map(rows.map((r) => [r.meetingId, r.ciphertext]));
}

export async function upsertOwnNote(
  db: Db,
  note: { orgId: string; meetingId: string; authorPersonId: string; ciphertext: string },
  now: Date,
) {
  await db
    .insert(privateNotes)
    .values({ ...note, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [privateNotes.meetingId, privateNotes.authorPersonId],
      set: { ciphertext: note.ciphertext, updatedAt: now },
      setWhere: eq(privateNotes.orgId, note.orgId),
    });
}

export async function deleteOwnNote(db: Db, orgId: string, meetingId: string, authorPersonId: string) {
  await db
    .delete(privateNotes)
    .where(
      and(
        eq(privateNotes.orgId, orgId),
        eq(privateNotes.meetingId, meetingId),
        eq(privateNotes.authorPersonId, authorPersonId),
      ),
    );
}
