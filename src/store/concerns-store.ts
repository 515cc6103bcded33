import { aliasedTable, and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { accounts, concernMessages, concerns, memberships, pairs, people, programs } from '#store/schema';

/**
 * Confidential concerns a participant raises with HR about their pair, and the conversation on
 * them. Only the person who raised one and HR read it; the partner never does. Scoped by organisation.
 */
export type ConcernRow = typeof concerns.$inferSelect;
export type ConcernStatus = ConcernRow['status'];

const raiser = aliasedTable(people, 'raiser');
const mentor = aliasedTable(people, 'mentor');
const mentee = aliasedTable(people, 'mentee');

export async function insertConcern(
  db: Db,
  values: { orgId: string; programId: string; pairId: string; raisedByPersonId: string; subject: string },
): Promise<ConcernRow> {
  const [row] = await db.insert(concerns).values(values).returning();
  return row!;
}

export async function insertConcernMessage(
  db: Db,
  values: { orgId: string; concernId: string; fromHr: boolean; authorAccountId: string; body: string },
): Promise<void> {
  await db.insert(concernMessages).values(values);
}

export async function getConcern(db: Db, orgId: string, id: string): Promise<ConcernRow | undefined> {
  const [row] = await db
    .select()
    .from(concerns)
    .where(and(eq(concerns.orgId, orgId), eq(concerns.id, id)));
  return row;
}

/** Opens (resolvedAt null) or resolves a concern; either way it counts as touched now. */
export async function setConcernStatus(
  db: Db,
  orgId: string,
  id: string,
  status: ConcernStatus,
  now: Date,
): Promise<void> {
  await db
    .update(concerns)
    .set({ status, resolvedAt: status === 'resolved' ? now : null, updatedAt: now })
    .where(and(eq(concerns.orgId, orgId), eq(concerns.id, id)));
}

/** A new message without a change of status (HR answering keeps a resolved concern resolved). */
export async function touchConcern(db: Db, orgId: string, id: string, now: Date): Promise<void> {
  await db
    .update(concerns)
    .set({ updatedAt: now })
    .where(and(eq(concerns.orgId, orgId), eq(concerns.id, id)));
}

export type ConcernFilter = {
  readonly ids?: readonly string[];
  /** The participant's own concerns. */
  readonly raisedByPersonId?: string;
  readonly status?: ConcernStatus;
  /** HR's inbox leaves out concerns about a pair the reader is in: the partner never reads one. */
  readonly notAboutPersonId?: string | null;
};

/** Concerns with their program, the person who raised them and both sides of the pair, newest first. */
export async function findConcerns(db: Db, orgId: string, filter: ConcernFilter = {}) {
  if (filter.ids && filter.ids.length === 0) return [];
  const outsider = filter.notAboutPersonId;
  return db
    .select({
      concern: concerns,
      program: { id: programs.id, name: programs.name },
      raisedBy: { id: raiser.id, name: raiser.name },
      mentor: { id: mentor.id, name: mentor.name },
      mentee: { id: mentee.id, name: mentee.name },
    })
    .from(concerns)
    .innerJoin(programs, eq(programs.id, concerns.programId))
    .innerJoin(pairs, eq(pairs.id, concerns.pairId))
    .innerJoin(raiser, eq(raiser.id, concerns.raisedByPersonId))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(
      and(
        eq(concerns.orgId, orgId),
        filter.ids ? inArray(concerns.id, [...filter.ids]) : undefined,
        filter.raisedByPersonId ? eq(concerns.raisedByPersonId, filter.raisedByPersonId) : undefined,
        filter.status ? eq(concerns.status, filter.status) : undefined,
        outsider ? and(ne(pairs.mentorPersonId, outsider), ne(pairs.menteePersonId, outsider)) : undefined,
      ),
    )
    .orderBy(desc(concerns.createdAt), desc(concerns.id));
}

export type ConcernListRow = Awaited<ReturnType<typeof findConcerns>>[number];

/** The messages of some concerns, oldest first, with the name on the author's account (if any). */
export async function listConcernMessages(db: Db, orgId: string, concernIds: readonly string[]) {
  if (concernIds.length === 0) return [];
  return db
    .select({
      concernId: concernMessages.concernId,
      fromHr: concernMessages.fromHr,
      authorName: accounts.name,
      body: concernMessages.body,
      createdAt: concernMessages.createdAt,
    })
    .from(concernMessages)
    .leftJoin(accounts, eq(accounts.id, concernMessages.authorAccountId))
    .where(and(eq(concernMessages.orgId, orgId), inArray(concernMessages.concernId, [...concernIds])))
    .orderBy(asc(concernMessages.createdAt), asc(concernMessages.id));
}

/**
 * Who hears of a concern: every program manager of the organisation with a working login, except
 * the people of the pair it is about (they could not read it anyway).
 */
export async function programManagerContacts(db: Db, orgId: string, pairPersonIds: readonly string[]) {
  const rows = await db
    .select({ email: accounts.email, name: accounts.name, personId: memberships.personId })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(accounts.disabled, false),
        sql`'program_manager' = any(${memberships.roles})`,
      ),
    )
    .orderBy(asc(accounts.email));
  return rows.filter((r) => !r.personId || !pairPersonIds.includes(r.personId));
}
