import { and, asc, eq, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditInsert } from '#store/audit-store';
import type { Db } from '#store/database';
import { preparedQuery, preparedStatement } from '#store/prepared-query';
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

/**
 * Where a meeting stands among its pair's meetings: what numbering them and assigning the plan's
 * topics need. A pair's outlines come in time order.
 */
export type MeetingOutline = Pick<MeetingRow, 'id' | 'status' | 'topicIndex' | 'customTopic'>;

/**
 * A meeting as one of the pair's two people sees it in the workspace: what describing it needs, with
 * what each side taught (skills in name order) and the reader's own encrypted note, never the partner's.
 */
export type MeetingSeenBy = MeetingOutline &
  Pick<
    MeetingRow,
    | 'startsAt'
    | 'originalStart'
    | 'durationMinutes'
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

/**
 * A pair with its program, the outlines of all its meetings in time order, and one of them (absent
 * when it is not the pair's) as `readerPersonId` sees it, in one statement (ADR 021): one meeting is
 * numbered and given its topic among the others without reading what was taught in each.
 */
export async function getPairWithMeetingSeenBy(
  db: Db,
  orgId: string,
  pairId: string,
  meetingId: string,
  readerPersonId: string,
) {
  const [row] = await pairWithMeetingSeenBy(db).execute({ orgId, pairId, meetingId, readerPersonId });
  return (
    row && {
      pair: row.pair,
      program: row.program,
      outlines: (row.outlines ?? []).map(
        ([id, status, topicIndex, customTopic]): MeetingOutline => ({ id, status, topicIndex, customTopic }),
      ),
      meeting: row.meeting === null ? undefined : seenBy(row.meeting),
    }
  );
}

/** One meeting as `packedMeeting` packs it: JSON keeps times as ISO 8601 text with their offset. */
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

/** A row of `meetings` packed as `PackedMeeting`, with `lessons` its lessons' JSON (or null). */
const packedMeeting = (lessons: SQL) => sql`json_build_array(
  ${meetings.id}, ${meetings.status}, ${meetings.startsAt}, ${meetings.originalStart},
  ${meetings.durationMinutes}, ${meetings.topicIndex}, ${meetings.customTopic}, ${meetings.sharedNotes},
  ${meetings.loggedAt},
  (select ${people.name} from ${people} where ${people.id} = ${meetings.loggedByPersonId}),
  ${meetings.mentorPulse}, ${meetings.menteePulse},
  (select ${meetingSeries.schedule} from ${meetingSeries} where ${meetingSeries.id} = ${meetings.seriesId}),
  ${lessons},
  (select ${privateNotes.ciphertext} from ${privateNotes}
    where ${privateNotes.orgId} = ${meetings.orgId} and ${privateNotes.meetingId} = ${meetings.id}
      and ${privateNotes.authorPersonId} = ${sql.placeholder('readerPersonId')}))`;

/** Lessons as `PackedMeeting` holds them: [taught by, skill] in skill name order. */
const packedLessons = sql`json_agg(json_build_array(${meetingLessons.taughtBy}, ${skills.name})
  order by lower(${skills.name}), ${skills.id})`;

const inTimeOrder = sql`${meetings.startsAt}, ${meetings.originalStart}, ${meetings.id}`;
const ofThePair = sql`${meetings.orgId} = ${pairs.orgId} and ${meetings.pairId} = ${pairs.id}`;

/** The pair's meetings again, in a subquery beside `meetings`; `sql` templates name an alias, so say what it stands for. */
const pairsMeetings = alias(meetings, 'pairs_meetings');
const pairsMeetingsFrom = sql`${meetings} as ${sql.identifier(getTableName(pairsMeetings))}`;

/**
 * The pair's meetings packed in time order (`PackedMeeting`), null when it has none. The lessons of
 * all of them are grouped in one pass and joined, rather than looked up meeting by meeting.
 */
const meetingsSeenBy = sql<PackedMeeting[] | null>`(
  select json_agg(${packedMeeting(sql`pair_lessons.lessons`)} order by ${inTimeOrder})
  from ${meetings}
  left join (
    select ${meetingLessons.meetingId} as meeting_id, ${packedLessons} as lessons
    from ${meetingLessons}
    inner join ${skills} on ${skills.id} = ${meetingLessons.skillId}
    inner join ${pairsMeetingsFrom} on ${pairsMeetings.orgId} = ${meetingLessons.orgId}
      and ${pairsMeetings.id} = ${meetingLessons.meetingId}
    where ${pairsMeetings.orgId} = ${pairs.orgId} and ${pairsMeetings.pairId} = ${pairs.id}
    group by ${meetingLessons.meetingId}) pair_lessons on pair_lessons.meeting_id = ${meetings.id}
  where ${ofThePair})`;

const pairWithMeetingsSeenBy = preparedQuery((db) =>
  db
    .select({ pair: pairs, program: programs, meetings: meetingsSeenBy })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.orgId, pairs.orgId), eq(programs.id, pairs.programId)))
    .where(and(eq(pairs.orgId, sql.placeholder('orgId')), eq(pairs.id, sql.placeholder('pairId'))))
    .prepare('pair_with_meetings_seen_by'),
);

/** The pair's meetings' outlines in time order: [id, status, topic index, custom topic]. */
type PackedOutline = [
  id: string,
  status: MeetingRow['status'],
  topicIndex: number | null,
  customTopic: string | null,
];

const meetingOutlines = sql<PackedOutline[] | null>`(
  select json_agg(json_build_array(${meetings.id}, ${meetings.status}, ${meetings.topicIndex}, ${meetings.customTopic})
    order by ${inTimeOrder})
  from ${meetings}
  where ${ofThePair})`;

/** The one meeting packed (`PackedMeeting`), null when it is not the pair's. */
const meetingSeenBy = sql<PackedMeeting | null>`(
  select ${packedMeeting(sql`(select ${packedLessons}
    from ${meetingLessons} inner join ${skills} on ${skills.id} = ${meetingLessons.skillId}
    where ${meetingLessons.orgId} = ${meetings.orgId} and ${meetingLessons.meetingId} = ${meetings.id})`)}
  from ${meetings}
  where ${ofThePair} and ${meetings.id} = ${sql.placeholder('meetingId')})`;

const pairWithMeetingSeenBy = preparedQuery((db) =>
  db
    .select({ pair: pairs, program: programs, outlines: meetingOutlines, meeting: meetingSeenBy })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.orgId, pairs.orgId), eq(programs.id, pairs.programId)))
    .where(and(eq(pairs.orgId, sql.placeholder('orgId')), eq(pairs.id, sql.placeholder('pairId'))))
    .prepare('pair_with_meeting_seen_by'),
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

/** A log as `writeMeetingLog` writes it: the skill names as typed, each side's without twins. */
export type MeetingLog = {
  readonly status: 'held' | 'missed';
  readonly sharedNotes: string;
  readonly loggedByPersonId: string;
  readonly loggedAt: Date;
  readonly side: Side;
  readonly pulse: number | null;
  readonly taught: { readonly mentor: readonly string[]; readonly mentee: readonly string[] };
};

/**
 * Writes a log in one prepared statement (ADR 020), its audit event included. Names the organisation
 * does not have yet join its skill list as first typed (an existing name keeps its case); the
 * meeting's lessons become these (those that stay are kept as they were: deleting all and inserting
 * again in one statement would lose them, as the insert would see them as conflicts); the shared part
 * is written, and the pulse into the logging person's own column only. Answers what the meeting list
 * then shows: the lessons by their stored names, in name order, and the logging person's name.
 */
export async function writeMeetingLog(
  db: Db,
  orgId: string,
  meetingId: string,
  log: MeetingLog,
  audit: { readonly actorAccountId: string | null; readonly detail: Record<string, unknown> },
): Promise<{ lessons: MeetingSeenBy['lessons']; loggedByName: string | null }> {
  const taught = (['mentor', 'mentee'] as const).flatMap((side) =>
    log.taught[side].map((name) => ({ taught_by: side, name })),
  );
  const [row] = (
    await meetingLogWrite(db).execute({
      orgId,
      meetingId,
      taught: JSON.stringify(taught.map((t, n) => ({ ...t, n }))),
      status: log.status,
      sharedNotes: log.sharedNotes,
      personId: log.loggedByPersonId,
      at: log.loggedAt.toISOString(),
      side: log.side,
      pulse: log.pulse,
      actorAccountId: audit.actorAccountId,
      detail: JSON.stringify(audit.detail),
    })
  ).rows;
  return {
    lessons: (row?.lessons ?? []).map(([taughtBy, skill]) => ({ taughtBy, skill })),
    loggedByName: row?.logged_by_name ?? null,
  };
}

const meetingLogWrite = preparedQuery((db) => {
  const value = (name: string) => sql.placeholder(name);
  const [orgId, meetingId, at, side, pulse] = ['orgId', 'meetingId', 'at', 'side', 'pulse'].map(value);
  const pulseOf = (column: Side) =>
    sql`case when ${side}::text = ${column} then ${pulse}::int else ${sql.raw(`${column}_pulse`)} end`;
  const audited = auditInsert({
    orgId: value('orgId'),
    actorAccountId: value('actorAccountId'),
    action: 'meeting.logged',
    target: value('meetingId'),
    detail: value('detail'),
    ip: '',
  });
  return preparedStatement<{ lessons: [Side, string][] | null; logged_by_name: string | null }>(
    db,
    'meeting_log_write',
    sql`with wanted as (
      select taught_by, name, n from json_to_recordset(${value('taught')}::json) as t(taught_by text, name text, n int)),
    added as (
      insert into ${skills} (org_id, name)
        select distinct on (lower(name)) ${orgId}::text, name from wanted order by lower(name), n
      on conflict do nothing returning id, name),
    known as (
      select id, name from added
      union all
      select s.id, s.name from ${skills} s
      where s.org_id = ${orgId}::text and lower(s.name) in (select lower(name) from wanted)),
    lessons as (
      select distinct w.taught_by, k.id as skill_id, k.name from wanted w join known k on lower(k.name) = lower(w.name)),
    gone as (
      delete from ${meetingLessons} ml where ml.org_id = ${orgId}::text and ml.meeting_id = ${meetingId}::text
        and (ml.taught_by, ml.skill_id) not in (select taught_by, skill_id from lessons)),
    kept as (
      insert into ${meetingLessons} (org_id, meeting_id, taught_by, skill_id)
        select ${orgId}::text, ${meetingId}::text, taught_by, skill_id from lessons
      on conflict do nothing),
    logged as (
      update ${meetings} set status = ${value('status')}::text, shared_notes = ${value('sharedNotes')}::text,
        logged_by_person_id = ${value('personId')}::text, logged_at = ${at}::timestamptz,
        updated_at = ${at}::timestamptz, mentor_pulse = ${pulseOf('mentor')}, mentee_pulse = ${pulseOf('mentee')}
      where org_id = ${orgId}::text and id = ${meetingId}::text),
    audited as (${audited})
    select (select json_agg(json_build_array(taught_by, name) order by lower(name), skill_id) from lessons) as lessons,
      (select name from ${people} where org_id = ${orgId}::text and id = ${value('personId')}::text) as logged_by_name`,
  );
});

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
