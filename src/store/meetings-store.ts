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

/** Every meeting of a pair, cancelled included, in time order. */
export async function listPairMeetings(
  db: Db,
  orgId: string,
  pairId: string,
): Promise<MeetingWithSchedule[]> {
  const rows = await pairMeetings(db).execute({ orgId, pairId });
  return rows.map(flatten);
}

const pairMeetings = preparedQuery((db) =>
  selectMeetings(db)
    .where(and(eq(meetings.orgId, sql.placeholder('orgId')), eq(meetings.pairId, sql.placeholder('pairId'))))
    .orderBy(asc(meetings.startsAt), asc(meetings.originalStart), asc(meetings.id))
    .prepare('pair_meetings'),
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

/** What was taught in each meeting of a pair (as listLessons over the pair's meetings). */
export async function listLessonsOfPair(db: Db, orgId: string, pairId: string): Promise<Lesson[]> {
  return pairLessons(db).execute({ orgId, pairId });
}

const pairLessons = preparedQuery((db) =>
  db
    .select({ meetingId: meetingLessons.meetingId, taughtBy: meetingLessons.taughtBy, skill: skills.name })
    .from(meetingLessons)
    .innerJoin(meetings, eq(meetings.id, meetingLessons.meetingId))
    .innerJoin(skills, eq(skills.id, meetingLessons.skillId))
    .where(
      and(eq(meetingLessons.orgId, sql.placeholder('orgId')), eq(meetings.pairId, sql.placeholder('pairId'))),
    )
    .orderBy(asc(sql`lower(${skills.name})`), asc(skills.id))
    .prepare('pair_lessons'),
);

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

/** The organisation's skills with these names, matched whatever their case, keyed by the lower-cased name. */
export async function skillIdsByName(
  db: Db,
  orgId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const lower = [...new Set(names.map((n) => n.toLowerCase()))];
  const rows = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(and(eq(skills.orgId, orgId), inArray(sql`lower(${skills.name})`, lower)));
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
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

/** The author's own encrypted notes on the meetings of a pair, keyed by meeting. */
export async function listOwnNoteCiphertextsOfPair(
  db: Db,
  orgId: string,
  authorPersonId: string,
  pairId: string,
): Promise<Map<string, string>> {
  const rows = await pairNotes(db).execute({ orgId, authorPersonId, pairId });
  return new Map(rows.map((r) => [r.meetingId, r.ciphertext]));
}

const pairNotes = preparedQuery((db) =>
  db
    .select({ meetingId: privateNotes.meetingId, ciphertext: privateNotes.ciphertext })
    .from(privateNotes)
    .innerJoin(meetings, eq(meetings.id, privateNotes.meetingId))
    .where(
      and(
        eq(privateNotes.orgId, sql.placeholder('orgId')),
        eq(privateNotes.authorPersonId, sql.placeholder('authorPersonId')),
        eq(meetings.pairId, sql.placeholder('pairId')),
      ),
    )
    .prepare('pair_notes'),
);

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
