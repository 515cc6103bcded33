import { aliasedTable, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PersonField } from '#core/people-import/columns';
import type { ExistingPerson, ImportPlan } from '#core/people-import/plan-import';
import type { ValidPerson } from '#core/people-import/validate-people';
import type { Db } from '#store/database';
import { people } from '#store/schema';

/** Rows per statement: 1,000 rows × 11 columns stays well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

const manager = aliasedTable(people, 'manager');

type WrittenField = Exclude<PersonField, 'managerEmail'>;

const COLUMN: Readonly<Record<WrittenField, { name: string; cast: string }>> = {
  email: { name: 'email', cast: 'text' },
  name: { name: 'name', cast: 'text' },
  title: { name: 'title', cast: 'text' },
  level: { name: 'level', cast: 'integer' },
  department: { name: 'department', cast: 'text' },
  location: { name: 'location', cast: 'text' },
  timeZone: { name: 'time_zone', cast: 'text' },
  hireDate: { name: 'hire_date', cast: 'date' },
  employmentStatus: { name: 'employment_status', cast: 'text' },
  endDate: { name: 'end_date', cast: 'date' },
};
const WRITTEN = Object.keys(COLUMN) as WrittenField[];

/** Everyone in the organisation, with their manager's email, as the importer compares them. */
export async function loadPeopleForImport(db: Db, orgId: string): Promise<ExistingPerson[]> {
  return db
    .select({
      id: people.id,
      email: people.email,
      name: people.name,
      title: people.title,
      level: people.level,
      department: people.department,
      managerEmail: manager.email,
      location: people.location,
      timeZone: people.timeZone,
      hireDate: people.hireDate,
      employmentStatus: people.employmentStatus,
      endDate: people.endDate,
    })
    .from(people)
    .leftJoin(manager, and(eq(manager.id, people.managerId), eq(manager.orgId, people.orgId)))
    .where(eq(people.orgId, orgId));
}

/**
 * Applies a planned import in one transaction: multi-row inserts of new people, set-based updates of
 * changed ones (only the columns the file has), then manager links in a second pass (so a manager may
 * come after their reports in the file), then leavers (end date today unless already set).
 */
export async function applyPeopleImport(
  db: Db,
  orgId: string,
  plan: ImportPlan,
  options: { readonly today: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const idOf = new Map(
      (
        await t.select({ id: people.id, email: people.email }).from(people).where(eq(people.orgId, orgId))
      ).map((p) => [p.email.toLowerCase(), p.id]),
    );
    for (const chunk of chunks(plan.create)) {
      const inserted = await t
        .insert(people)
        .values(chunk.map((p) => ({ ...written(p), orgId })))
        .returning({ id: people.id, email: people.email });
      for (const row of inserted) idOf.set(row.email.toLowerCase(), row.id);
    }
    for (const chunk of chunks(plan.update)) await t.execute(updateStatement(orgId, chunk));
    const links = plan.managerLinks.map((l) => ({
      id: idOf.get(l.email),
      managerId: l.managerEmail === null ? null : (idOf.get(l.managerEmail) ?? null),
    }));
    for (const chunk of chunks(links.filter((l) => l.id !== undefined))) {
      const rows = sql.join(
        chunk.map((l) => sql`(${l.id}::text, ${l.managerId}::text)`),
        sql`, `,
      );
      await t.execute(sql`update people as p set manager_id = v.manager_id, updated_at = now()
        from (values ${rows}) as v(id, manager_id) where p.org_id = ${orgId} and p.id = v.id`);
    }
    for (const chunk of chunks(plan.leave)) {
      await t
        .update(people)
        .set({
          employmentStatus: 'left',
          endDate: sql`coalesce(${people.endDate}, ${options.today}::date)`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(people.orgId, orgId), inArray(people.id, [...chunk])));
    }
  });
}

function written(person: ValidPerson) {
  const { row: _row, managerEmail: _manager, ...fields } = person;
  return fields;
}

function updateStatement(orgId: string, rows: readonly { id: string; person: ValidPerson }[]): SQL {
  const fields = WRITTEN.filter((f) => rows.some((r) => r.person[f] !== undefined));
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${sql.join(
          [sql`${r.id}::text`, ...fields.map((f) => sql`${r.person[f] ?? null}::${sql.raw(COLUMN[f].cast)}`)],
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  const names = sql.raw(['id', ...fields.map((f) => COLUMN[f].name)].join(', '));
  const set = sql.join(
    fields.map((f) => sql.raw(`${COLUMN[f].name} = v.${COLUMN[f].name}`)),
    sql`, `,
  );
  return sql`update people as p set ${set}, updated_at = now()
    from (values ${values}) as v(${names}) where p.org_id = ${orgId} and p.id = v.id`;
}

function* chunks<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}
