import { aliasedTable, and, asc, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { meetingSeries, meetings, pairs, people, programs } from '#store/schema';

/**
 * A pair's meeting series (one recurrence each) and the meetings generated from them: creating,
 * moving, cancelling, ending a series from a date, and reading it all back for calendars. Every
 * function is scoped by organisation.
 */
export type SeriesRow = typeof meetingSeries.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;

export async function insertSeries(
  db: Db,
  values: Omit<typeof meetingSeries.$inferInsert, 'id' | 'createdAt'>,
): Promise<SeriesRow> {
  const [row] = await db.insert(meetingSeries).values(values).returning();
  return row!;
}

export async function listSeriesOfPair(db: Db, orgId: string, pairId: string): Promise<SeriesRow[]> {
  return db
    .select()
    .from(meetingSeries)
    .where(and(eq(meetingSeries.orgId, orgId), eq(meetingSeries.pairId, pairId)))
    .orderBy(asc(meetingSeries.startsOn), asc(meetingSeries.createdAt));
}

/** The series in force: the one that starts last. */
export async function currentSeries(db: Db, orgId: string, pairId: string): Promise<SeriesRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingSeries)
    .where(and(eq(meetingSeries.orgId, orgId), eq(meetingSeries.pairId, pairId)))
    .orderBy(desc(meetingSeries.startsOn), desc(meetingSeries.createdAt))
    .limit(1);
  return row;
}

/**
 * One meeting per start, generated from a series; a start the series already has is left alone, so
 * generating twice changes nothing. The number of meetings added.
 */
export async function insertGeneratedMeetings(
  db: Db,
  series: Pick<SeriesRow, 'id' | 'orgId' | 'pairId'>,
  starts: readonly Date[],
  durationMinutes: number,
): Promise<number> {
  if (starts.length === 0) return 0;
  const rows = await db
    .insert(meetings)
    .values(
      starts.map((start) => ({
        orgId: series.orgId,
        pairId: series.pairId,
        seriesId: series.id,
        originalStart: start,
        startsAt: start,
        durationMinutes,
      })),
    )
    .onConflictDoNothing({ target: [meetings.seriesId, meetings.originalStart] })
    .returning({ id: meetings.id });
  return rows.length;
}

export async function getMeetingOfPair(
  db: Db,
  orgId: string,
  pairId: string,
  meetingId: string,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), eq(meetings.pairId, pairId), eq(meetings.id, meetingId)));
  return row;
}

export async function getSeries(db: Db, orgId: string, seriesId: string): Promise<SeriesRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingSeries)
    .where(and(eq(meetingSeries.orgId, orgId), eq(meetingSeries.id, seriesId)));
  return row;
}

const stillScheduled = (orgId: string, meetingId: string) =>
  and(eq(meetings.orgId, orgId), eq(meetings.id, meetingId), eq(meetings.status, 'scheduled'));

/** Moves a scheduled meeting (SEQUENCE + 1). Undefined when it is no longer scheduled. */
export async function moveScheduledMeeting(
  db: Db,
  orgId: string,
  meetingId: string,
  startsAt: Date,
  at: Date,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ startsAt, sequence: sql`${meetings.sequence} + 1`, updatedAt: at })
    .where(stillScheduled(orgId, meetingId))
    .returning();
  return row;
}

/** Cancels a scheduled meeting (SEQUENCE + 1). Undefined when it is no longer scheduled. */
export async function cancelScheduledMeeting(
  db: Db,
  orgId: string,
  meetingId: string,
  at: Date,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ status: 'cancelled', sequence: sql`${meetings.sequence} + 1`, updatedAt: at })
    .where(stillScheduled(orgId, meetingId))
    .returning();
  return row;
}

/** Ends a series on an earlier day (its master event changes: SEQUENCE + 1). */
export async function endSeriesOn(
  db: Db,
  orgId: string,
  seriesId: string,
  endsOn: string,
): Promise<SeriesRow | undefined> {
  const [row] = await db
    .update(meetingSeries)
    .set({ endsOn, sequence: sql`${meetingSeries.sequence} + 1` })
    .where(and(eq(meetingSeries.orgId, orgId), eq(meetingSeries.id, seriesId)))
    .returning();
  return row;
}

/**
 * Removes a series' meetings from `from` on that are still as the rule made them: scheduled and not
 * moved. Moved, cancelled and logged ones stay. The number removed.
 */
export async function removeUnmovedMeetingsFrom(
  db: Db,
  orgId: string,
  seriesId: string,
  from: Date,
): Promise<number> {
  const removed = await db
    .delete(meetings)
    .where(
      and(
        eq(meetings.orgId, orgId),
        eq(meetings.seriesId, seriesId),
        eq(meetings.status, 'scheduled'),
        eq(meetings.startsAt, meetings.originalStart),
        gte(meetings.originalStart, from),
      ),
    )
    .returning({ id: meetings.id });
  return removed.length;
}

/** Meetings of one pair in time order, cancelled included. */
export async function meetingsOfPair(db: Db, orgId: string, pairId: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), eq(meetings.pairId, pairId)))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** held, missed, and planned = not cancelled and already started (as of `now`). */
export async function meetingCounts(db: Db, orgId: string, pairId: string, now: Date) {
  const [row] = await db
    .select({
      held: sql<number>`count(*) filter (where ${meetings.status} = 'held')::int`,
      missed: sql<number>`count(*) filter (where ${meetings.status} = 'missed')::int`,
      planned: sql<number>`count(*) filter (where ${meetings.status} <> 'cancelled' and ${lte(meetings.startsAt, now)})::int`,
    })
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), eq(meetings.pairId, pairId)));
  return { held: row?.held ?? 0, missed: row?.missed ?? 0, planned: row?.planned ?? 0 };
}

const mentor = aliasedTable(people, 'cal_mentor');
const mentee = aliasedTable(people, 'cal_mentee');

/** A person's pairs (any status) with the names and program a calendar needs. */
export async function calendarPairsOfPerson(db: Db, orgId: string, personId: string) {
  return db
    .select({
      pairId: pairs.id,
      status: pairs.status,
      endedAt: pairs.endedAt,
      programId: programs.id,
      programName: programs.name,
      programSettings: programs.settings,
      mentorPersonId: pairs.mentorPersonId,
      menteePersonId: pairs.menteePersonId,
      mentorName: mentor.name,
      menteeName: mentee.name,
    })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.id, pairs.programId), eq(programs.orgId, pairs.orgId)))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(
      and(eq(pairs.orgId, orgId), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))),
    )
    .orderBy(asc(pairs.startedAt), asc(pairs.id));
}

/** The series and meetings (time order, cancelled included) of some pairs, for calendars. */
export async function seriesAndMeetingsOfPairs(db: Db, orgId: string, pairIds: readonly string[]) {
  if (pairIds.length === 0) return { series: [] as SeriesRow[], meetings: [] as MeetingRow[] };
  const ids = [...pairIds];
  const [series, rows] = await Promise.all([
    db
      .select()
      .from(meetingSeries)
      .where(and(eq(meetingSeries.orgId, orgId), inArray(meetingSeries.pairId, ids)))
      .orderBy(asc(meetingSeries.startsOn), asc(meetingSeries.createdAt)),
    db
      .select()
      .from(meetings)
      .where(and(eq(meetings.orgId, orgId), inArray(meetings.pairId, ids)))
      .orderBy(asc(meetings.startsAt), asc(meetings.id)),
  ]);
  return { series, meetings: rows };
}
