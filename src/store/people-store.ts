import { aliasedTable, and, asc, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { people } from '#store/schema';

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = Omit<typeof people.$inferInsert, 'orgId' | 'id' | 'createdAt' | 'updatedAt'> & {
  readonly id?: string;
};
export type PersonView = PersonRow & { readonly managerName: string | null };

const manager = aliasedTable(people, 'manager');

export async function insertPeople(db: Db, orgId: string, rows: readonly NewPerson[]): Promise<PersonRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(people)
    .values(rows.map((r) => ({ ...r, orgId })))
    .returning();
}

export async function setManager(
  db: Db,
  orgId: string,
  personId: string,
  managerId: string | null,
): Promise<void> {
  await db
    .update(people)
    .set({ managerId, updatedAt: new Date() })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
}

export type PeopleQuery = {
  readonly q?: string | undefined;
  readonly limit: number;
  readonly offset: number;
};

export async function listPeople(db: Db, orgId: string, query: PeopleQuery) {
  const term = query.q?.trim();
  const where = and(
    eq(people.orgId, orgId),
    term
      ? or(
          ilike(people.name, `%${escapeLike(term)}%`),
          ilike(people.email, `%${escapeLike(term)}%`),
          ilike(people.department, `%${escapeLike(term)}%`),
          ilike(people.title, `%${escapeLike(term)}%`),
        )
      : undefined,
  );
  const [items, total] = await Promise.all([
    selectView(db)
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .limit(query.limit)
      .offset(query.offset),
    db.$count(people, where),
  ]);
  return { items: items as PersonView[], total };
}

export async function getPerson(db: Db, orgId: string, personId: string): Promise<PersonView | undefined> {
  const [row] = await personView(db).execute({ orgId, personId });
  return row;
}

const personView = preparedQuery((db) =>
  selectView(db)
    .where(and(eq(people.orgId, sql.placeholder('orgId')), eq(people.id, sql.placeholder('personId'))))
    .prepare('person_view'),
);

export async function findPersonByEmail(
  db: Db,
  orgId: string,
  email: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${email.toLowerCase()}`));
  return row;
}

function selectView(db: Db) {
  return db
    .select({ ...getTableColumns(people), managerName: manager.name })
    .from(people)
    .leftJoin(manager, and(eq(manager.id, people.managerId), eq(manager.orgId, people.orgId)));
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Writes the given fields of one person; false when the person is not in the organisation. */
export async function updatePerson(
  db: Db,
  orgId: string,
  personId: string,
  fields: Partial<NewPerson>,
): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** The manager links above a person: their manager, the manager's manager, and so on (at most `limit`). */
export async function managerLinksAbove(
  db: Db,
  orgId: string,
  personId: string,
  limit = 500,
): Promise<Map<string, string | null>> {
  const links = new Map<string, string | null>();
  let current: string | null = personId;
  while (current !== null && !links.has(current) && links.size < limit) {
    const [row] = await db
      .select({ managerId: people.managerId })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, current)));
    links.set(current, row?.managerId ?? null);
    current = row?.managerId ?? null;
  }
  return links;
}
