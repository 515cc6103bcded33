import { aliasedTable, and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { meetings, pairs, people } from '#store/schema';

/**
 * What closing a program (issue 8, "Celebration") reads and writes: its pairs end, and the thank-you
 * emails need every pair with both people's names and addresses and how many meetings it held.
 */

const mentor = aliasedTable(people, 'mentor');
const mentee = aliasedTable(people, 'mentee');

/** Ends the program's active and paused pairs at `endedAt`; returns how many ended. */
export async function endOpenPairsOfProgram(
  db: Db,
  orgId: string,
  programId: string,
  endedAt: Date,
  endReason: string,
): Promise<number> {
  const rows = await db
    .update(pairs)
    .set({ status: 'ended', endedAt, endReason })
    .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId), ne(pairs.status, 'ended')))
    .returning({ id: pairs.id });
  return rows.length;
}

export type ClosingPerson = { readonly personId: string; readonly name: string; readonly email: string };

export type ClosingPair = {
  readonly pairId: string;
  readonly endedAt: Date | null;
  readonly mentor: ClosingPerson;
  readonly mentee: ClosingPerson;
  readonly meetingsHeld: number;
};

/** Every pair of the program, oldest first, with its people and its held meetings. */
export async function listClosingPairs(db: Db, orgId: string, programId: string): Promise<ClosingPair[]> {
  return db
    .select({
      pairId: pairs.id,
      endedAt: pairs.endedAt,
      mentor: { personId: mentor.id, name: mentor.name, email: mentor.email },
      mentee: { personId: mentee.id, name: mentee.name, email: mentee.email },
      meetingsHeld: sql<number>`(select count(*)::int from ${meetings} m where m.org_id = ${pairs.orgId} and m.pair_id = ${pairs.id} and m.status = 'held')`,
    })
    .from(pairs)
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId)))
    .orderBy(asc(pairs.startedAt), asc(pairs.id));
}
