import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { accounts, memberships, organisations, sessions } from '#store/schema';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Db, input: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(input).returning();
  return row!;
}

/** A session row whether or not it is still live (renewal carries its sign-in time over). */
export async function findSession(db: Db, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
  return row;
}

/** A live session with who it belongs to and what they may do in its organisation; undefined when expired. */
export async function findLiveSession(db: Db, sessionId: string, now: Date) {
  const [row] = await liveSession(db).execute({ sessionId, now: now.toISOString() });
  return row;
}

/** Every API request looks its session up: built once, prepared (see preparedQuery). */
const liveSession = preparedQuery((db) =>
  db
    .select({
      session: {
        id: sessions.id,
        csrfToken: sessions.csrfToken,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
      },
      account: { id: accounts.id, email: accounts.email, name: accounts.name, disabled: accounts.disabled },
      org: { id: organisations.id, slug: organisations.slug, name: organisations.name },
      membership: { id: memberships.id, roles: memberships.roles, personId: memberships.personId },
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .innerJoin(organisations, eq(organisations.id, sessions.orgId))
    .innerJoin(
      memberships,
      and(eq(memberships.orgId, sessions.orgId), eq(memberships.accountId, sessions.accountId)),
    )
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('live_session'),
);

export async function touchSession(db: Db, sessionId: string, lastSeenAt: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfAccount(db: Db, accountId: string) {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}

/** Ends every session an account has in one organisation (its roles there changed), but `keep`. */
export async function deleteSessionsOfMember(db: Db, orgId: string, accountId: string, keep: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.orgId, orgId), eq(sessions.accountId, accountId), ne(sessions.id, keep)));
}
