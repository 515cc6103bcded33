import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import type { Role } from '#core/access/roles';
import { accounts, memberships, organisations, people, sessions } from '#store/schema';

export type AccountRow = typeof accounts.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase()));
  return row;
}

export async function getAccount(db: Db, accountId: string): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  return row;
}

export async function insertAccount(
  db: Db,
  input: { email: string; name: string; passwordHash: string | null },
): Promise<AccountRow> {
  const [row] = await db
    .insert(accounts)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning();
  return row!;
}

export async function setAccountPassword(db: Db, accountId: string, passwordHash: string, name?: string) {
  await db
    .update(accounts)
    .set(name === undefined ? { passwordHash } : { passwordHash, name })
    .where(eq(accounts.id, accountId));
}

export async function insertMembership(
  db: Db,
  input: { orgId: string; accountId: string; personId: string | null; roles: Role[] },
): Promise<MembershipRow> {
  const [row] = await db.insert(memberships).values(input).returning();
  return row!;
}

export async function findMembership(
  db: Db,
  orgId: string,
  accountId: string,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.accountId, accountId)));
  return row;
}

export async function getMembership(
  db: Db,
  orgId: string,
  membershipId: string,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
  return row;
}

export async function setMembershipRoles(db: Db, orgId: string, membershipId: string, roles: Role[]) {
  await db
    .update(memberships)
    .set({ roles })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
}

/** Members of one organisation with their login state, for the admin's members page. */
export async function listMembers(db: Db, orgId: string) {
  const lastLogin = db
    .select({ accountId: sessions.accountId, at: sql<Date>`max(${sessions.createdAt})`.as('at') })
    .from(sessions)
    .where(eq(sessions.orgId, orgId))
    .groupBy(sessions.accountId)
    .as('last_login');
  return db
    .select({
      id: memberships.id,
      accountId: accounts.id,
      email: accounts.email,
      name: accounts.name,
      roles: memberships.roles,
      personId: memberships.personId,
      hasPassword: sql<boolean>`${accounts.passwordHash} is not null`,
      lastLoginAt: lastLogin.at,
    })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .leftJoin(lastLogin, eq(lastLogin.accountId, accounts.id))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(accounts.name), asc(accounts.id));
}

/** Organisations an account belongs to, oldest membership first. */
export async function listOrganisationsOf(db: Db, accountId: string) {
  return organisationsOfAccount(db).execute({ accountId });
}

const organisationsOfAccount = preparedQuery((db) =>
  db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.accountId, sql.placeholder('accountId')))
    .orderBy(asc(memberships.createdAt), asc(organisations.name))
    .prepare('organisations_of_account'),
);

/** A person's employee record as the app shell shows it. */
export type ShellPerson = {
  id: string;
  name: string;
  title: string;
  department: string;
  level: number | null;
  timeZone: string;
};

/**
 * What every page's shell asks for (`GET /api/me`), in one statement (ADR 018): the organisations
 * the account belongs to, as listOrganisationsOf orders them, and its person in this organisation
 * (null without one).
 */
export async function getShellOf(db: Db, accountId: string, orgId: string, personId: string | null) {
  const [row] = await shellOf(db).execute({ accountId, orgId, personId });
  return { orgs: row?.orgs ?? [], person: row?.person ?? null };
}

const shellOf = preparedQuery((db) =>
  db
    .select({
      orgs: sql<{ id: string; slug: string; name: string }[] | null>`(
        select json_agg(json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) order by m.created_at, o.name)
        from ${memberships} m inner join ${organisations} o on o.id = m.org_id
        where m.account_id = ${sql.placeholder('accountId')})`,
      person: sql<ShellPerson | null>`(
        select json_build_object('id', p.id, 'name', p.name, 'title', p.title, 'department', p.department,
          'level', p.level, 'timeZone', p.time_zone)
        from ${people} p where p.org_id = ${sql.placeholder('orgId')} and p.id = ${sql.placeholder('personId')})`,
    })
    .from(sql`(values (1)) as one`)
    .prepare('shell_of'),
);

export async function countOrgAdmins(db: Db, orgId: string): Promise<number> {
  return db.$count(
    memberships,
    and(eq(memberships.orgId, orgId), sql`'org_admin' = any(${memberships.roles})`),
  );
}
