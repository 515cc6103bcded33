import { aliasedTable, and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { meetings, pairAgreements, pairGoals, pairs, people, programs, repairRequests } from '#store/schema';

/** Published pairs: who is paired with whom in which program, and since when. Scoped by organisation. */
export type PairRow = typeof pairs.$inferSelect;
export type NewPair = Omit<typeof pairs.$inferInsert, 'id' | 'createdAt'>;

const mentor = aliasedTable(people, 'mentor');
const mentee = aliasedTable(people, 'mentee');

export async function insertPairs(db: Db, values: readonly NewPair[]): Promise<PairRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(pairs)
    .values([...values])
    .returning();
}

export async function getPair(db: Db, orgId: string, pairId: string): Promise<PairRow | undefined> {
  const [row] = await db
    .select()
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), eq(pairs.id, pairId)));
  return row;
}

/** A pair with its program, in one statement: every request into a pair's workspace starts here. */
export async function getPairWithProgram(db: Db, orgId: string, pairId: string) {
  const [row] = await pairWithProgram(db).execute({ orgId, pairId });
  return row;
}

const pairWithProgram = preparedQuery((db) =>
  db
    .select({ pair: pairs, program: programs })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.orgId, pairs.orgId), eq(programs.id, pairs.programId)))
    .where(and(eq(pairs.orgId, sql.placeholder('orgId')), eq(pairs.id, sql.placeholder('pairId'))))
    .prepare('pair_with_program'),
);

export async function endPairRow(db: Db, orgId: string, pairId: string, endedAt: Date, endReason: string) {
  await db
    .update(pairs)
    .set({ status: 'ended', endedAt, endReason })
    .where(and(eq(pairs.orgId, orgId), eq(pairs.id, pairId)));
}

/** Active and paused pairs of a program. */
export async function countActivePairs(db: Db, orgId: string, programId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId), ne(pairs.status, 'ended')));
  return row?.count ?? 0;
}

const openRequests = sql<number>`(select count(*)::int from ${repairRequests} r where r.org_id = ${pairs.orgId} and r.pair_id = ${pairs.id} and r.status = 'open')`;

const person = (t: typeof mentor) => ({ id: t.id, name: t.name, title: t.title, department: t.department });

/**
 * How far a pair has got in its workspace, as counts only (never notes, topics or objectives):
 * correlated subqueries, so the HR list stays one query. `now` is the app's clock; without it the
 * database's.
 */
function workspaceCounts(now: Date | undefined) {
  const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
  const meetingsOf = sql`from ${meetings} m where m.org_id = ${pairs.orgId} and m.pair_id = ${pairs.id}`;
  const goalsOf = sql`from ${pairGoals} g where g.org_id = ${pairs.orgId} and g.pair_id = ${pairs.id}`;
  return {
    agreed: sql<boolean>`exists (select 1 from ${pairAgreements} a where a.org_id = ${pairs.orgId} and a.pair_id = ${pairs.id} and a.agreed_at is not null)`,
    meetingsHeld: sql<number>`(select count(*)::int ${meetingsOf} and m.status = 'held')`,
    meetingsPlanned: sql<number>`(select count(*)::int ${meetingsOf} and m.status <> 'cancelled' and m.starts_at <= ${at})`,
    goalsTotal: sql<number>`(select count(*)::int ${goalsOf})`,
    goalsCompleted: sql<number>`(select count(*)::int ${goalsOf} and g.completed_at is not null)`,
  };
}

/**
 * A program's pairs with both people, oldest first (HR view: with end reasons, open requests and
 * the workspace counts).
 */
export async function listProgramPairs(db: Db, orgId: string, programId: string, now?: Date) {
  return db
    .select({
      pair: pairs,
      mentor: person(mentor),
      mentee: person(mentee),
      openRepairRequests: openRequests,
      workspace: workspaceCounts(now),
    })
    .from(pairs)
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId)))
    .orderBy(asc(pairs.startedAt), asc(mentor.name));
}

/** Every pair these people ever had in the organisation (history for the matcher). */
export async function pairsOfPeople(db: Db, orgId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const ids = [...personIds];
  return db
    .select({
      programId: pairs.programId,
      mentorId: pairs.mentorPersonId,
      menteeId: pairs.menteePersonId,
      status: pairs.status,
    })
    .from(pairs)
    .where(
      and(eq(pairs.orgId, orgId), or(inArray(pairs.mentorPersonId, ids), inArray(pairs.menteePersonId, ids))),
    );
}

/** One person's active and paused pairs, with the program and the partner (participant view). */
export async function pairsOfPerson(db: Db, orgId: string, personId: string) {
  return pairsOfPersonQuery(db).execute({ orgId, personId });
}

const pairsOfPersonQuery = preparedQuery((db) =>
  db
    .select({
      pair: pairs,
      program: { id: programs.id, name: programs.name, phase: programs.phase },
      mentor: { ...person(mentor), location: mentor.location },
      mentee: { ...person(mentee), location: mentee.location },
    })
    .from(pairs)
    .innerJoin(programs, eq(programs.id, pairs.programId))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(
      and(
        eq(pairs.orgId, sql.placeholder('orgId')),
        ne(pairs.status, 'ended'),
        or(
          eq(pairs.mentorPersonId, sql.placeholder('personId')),
          eq(pairs.menteePersonId, sql.placeholder('personId')),
        ),
      ),
    )
    .orderBy(asc(pairs.startedAt))
    .prepare('pairs_of_person'),
);

/** Confidential re-pair requests: only HR lists them; the partner never sees one. */
export type RepairRequestRow = typeof repairRequests.$inferSelect;

export async function insertRepairRequest(
  db: Db,
  values: { orgId: string; pairId: string; requestedByPersonId: string; reason: string },
): Promise<RepairRequestRow> {
  const [row] = await db.insert(repairRequests).values(values).returning();
  return row!;
}

export async function getRepairRequest(
  db: Db,
  orgId: string,
  id: string,
): Promise<RepairRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(repairRequests)
    .where(and(eq(repairRequests.orgId, orgId), eq(repairRequests.id, id)));
  return row;
}

export async function resolveRepairRequestRow(db: Db, orgId: string, id: string, resolvedAt: Date) {
  await db
    .update(repairRequests)
    .set({ status: 'resolved', resolvedAt })
    .where(and(eq(repairRequests.orgId, orgId), eq(repairRequests.id, id)));
}

/** A program's requests, newest first, with who asked. */
export async function listRepairRequests(db: Db, orgId: string, programId: string) {
  return db
    .select({
      id: repairRequests.id,
      pairId: repairRequests.pairId,
      requestedBy: { id: people.id, name: people.name },
      reason: repairRequests.reason,
      status: repairRequests.status,
      createdAt: repairRequests.createdAt,
    })
    .from(repairRequests)
    .innerJoin(pairs, eq(pairs.id, repairRequests.pairId))
    .innerJoin(people, eq(people.id, repairRequests.requestedByPersonId))
    .where(and(eq(repairRequests.orgId, orgId), eq(pairs.programId, programId)))
    .orderBy(desc(repairRequests.createdAt), desc(repairRequests.id));
}
