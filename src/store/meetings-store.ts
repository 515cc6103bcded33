import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { meetingLessons, meetingSeries, meetings, people, privateNotes, skills } from '#store/schema';

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

function selectMeetings(db: Db) {
  return db
    .select(withSchedule)
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(people, eq(people.id, meetings.loggedByPersonId));
}

type Joined = { meeting: MeetingRow; schedule: Record<string, unknown>; loggedByName: string | null };
const flatten = (r: Joined): MeetingWithSchedule => ({
  ...r.meeting,
  schedule: r.schedule,
  loggedByName: r.loggedByName,
});

/**
 * A pair's meetings as one of its two people sees them, in one statement (ADR 018): each with what
 * each side taught (skills in name order) and the reader's own encrypted note, never the partner's.
 */
export type MeetingSeenBy = MeetingWithSchedule & {
  readonly lessons: readonly { readonly taughtBy: Side; readonly skill: string }[];
  readonly ownNoteCiphertext: string | null;
};

/** Every meeting of a pair, cancelled included, in time order, as `readerPersonId` sees it. */
export async function listPairMeetingsSeenBy(
  db: Db,
  orgId: string,
  pairId: string,
  readerPersonId: string,
): Promise<MeetingSeenBy[]> {
  const rows = await pairMeetingsSeenBy(db).execute({ orgId, pairId, readerPersonId });
  return rows.map(({ lessons, ownNoteCiphertext, ...row }) => ({
    ...flatten(row),
    lessons: (lessons ?? []).map(([taughtBy, skill]) => ({ taughtBy, skill })),
    ownNoteCiphertext,
  }));
}

const pairMeetingsSeenBy = preparedQuery((db) =>
  db
    .select({
      ...withSchedule,
      lessons: sql<[Side, string][] | null>`(
        select json_agg(json_build_array(${meetingLessons.taughtBy}, ${skills.name}) order by lower(${skills.name}), ${skills.id})
        from ${meetingLessons} inner join ${skills} on ${skills.id} = ${meetingLessons.skillId}
        where ${meetingLessons.orgId} = ${meetings.orgId} and ${meetingLessons.meetingId} = ${meetings.id})`,
      ownNoteCiphertext: sql<string | null>`(
        select ${privateNotes.ciphertext} from ${privateNotes}
        where ${privateNotes.orgId} = ${meetings.orgId} and ${privateNotes.meetingId} = ${meetings.id}
          and ${privateNotes.authorPersonId} = ${sql.placeholder('readerPersonId')})`,
    })
    .from(meetings)
    .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .leftJoin(people, eq(people.id, meetings.loggedByPersonId))
    .where(and(eq(meetings.orgId, sql.placeholder('orgId')), eq(meetings.pairId, sql.placeholder('pairId'))))
    .orderBy(asc(meetings.startsAt), asc(meetings.originalStart), asc(meetings.id))
    .prepare('pair_meetings_seen_by'),
);

/** One meeting, only when it belongs to the pair. */
export async function getPairMeeting(
  db: Db,
  orgId: string,
  pairId: string,
  meetingId: string,
): Promise<MeetingWithSchedule | undefined> {
  const [row] = await selectMeetings(db).where(
    and(eq(meetings.orgId, orgId), eq(meetings.pairId, pairId), eq(meetings.id, meetingId)),
  );
  return row ? flatten(row) : undefined;
}

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

/** Replaces what was taught in a meeting with these skills. */
export async function replaceLessons(
  db: Db,
  orgId: string,
  meetingId: string,
  lessons: readonly { taughtBy: Side; skillId: string }[],
) {
  await db
    .delete(meetingLessons)
    .where(and(eq(meetingLessons.orgId, orgId), eq(meetingLessons.meetingId, meetingId)));
  if (lessons.length === 0) return;
  await db
    .insert(meetingLessons)
    .values(lessons.map((l) => ({ orgId, meetingId, ...l })))
    .onConflictDoNothing();
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
