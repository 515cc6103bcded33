import { randomUUID } from 'node:crypto';
import { aliasedTable, and, eq, type SQL, sql } from 'drizzle-orm';
import type { PersonField } from '#core/people-import/columns';
import type { ExistingPerson, ImportPlan } from '#core/people-import/plan-import';
import type { ValidPerson } from '#core/people-import/validate-people';
import type { Db } from '#store/database';
import { people } from '#store/schema';

/** Rows per statement, each chunk sent as one JSON parameter. */
const CHUNK = 5000;

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
 * Applies a planned import in one transaction: inserts of new people, set-based updates of changed
 * ones (only the columns the file has), then manager links in a second pass (so a manager may come
 * after their reports in the file), then leavers (end date today unless already set). Each statement
 * takes a chunk of rows as one JSON parameter (`json_to_recordset`): far faster than thousands of bound
 * parameters, on PGlite and PostgreSQL alike.
 */
export async function applyPeopleImport(
  db: Db,
  orgId: string,
  plan: ImportPlan,
  options: { readonly today: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const current = await t
      .select({ id: people.id, email: people.email })
      .from(people)
      .where(eq(people.orgId, orgId));
    const idOf = new Map(current.map((p) => [p.email.toLowerCase(), p.id]));
    // new people get their ids here, so each is inserted with its manager already set; managers are
    // inserted before their reports, so every link points at a row that exists
    for (const person of plan.create) idOf.set(person.email, randomUUID());
    for (const chunk of chunks(managersFirst(plan.create))) {
      await t.execute(insertStatement(orgId, chunk, idOf));
    }
    for (const chunk of chunks(plan.update)) await t.execute(updateStatement(orgId, chunk));
    const created = new Set(plan.create.map((p) => p.email));
    const links = plan.managerLinks.flatMap((l) => {
      if (created.has(l.email)) return [];
      const id = idOf.get(l.email);
      const managerId = l.managerEmail === null ? null : (idOf.get(l.managerEmail) ?? null);
      return id === undefined ? [] : [{ id, manager_id: managerId }];
    });
    for (const chunk of chunks(links)) {
      await t.execute(sql`update people as p set manager_id = v.manager_id, updated_at = now()
        from json_to_recordset(${JSON.stringify(chunk)}::json) as v(id text, manager_id text)
        where p.org_id = ${orgId} and p.id = v.id`);
    }
    for (const chunk of chunks(plan.leave)) {
      await t.execute(sql`update people set employment_status = 'left',
        end_date = coalesce(end_date, ${options.today}::date), updated_at = now()
        where org_id = ${orgId} and id in (select json_array_elements_text(${JSON.stringify(chunk)}::json))`);
    }
  });
}

function recordsOf(
  rows: readonly ValidPerson[],
  fields: readonly WrittenField[],
  extra: (i: number) => object,
) {
  return JSON.stringify(
    rows.map((person, i) => {
      const record: Record<string, unknown> = { ...extra(i) };
      for (const f of fields) record[COLUMN[f].name] = person[f] ?? null;
      return record;
    }),
  );
}

const presentIn = (rows: readonly ValidPerson[]) =>
  WRITTEN.filter((f) => rows.some((p) => p[f] !== undefined));
const columnList = (fields: readonly WrittenField[], typed: boolean) =>
  sql.raw(fields.map((f) => (typed ? `${COLUMN[f].name} ${COLUMN[f].cast}` : COLUMN[f].name)).join(', '));

function insertStatement(
  orgId: string,
  rows: readonly ValidPerson[],
  idOf: ReadonlyMap<string, string>,
): SQL {
  const fields = presentIn(rows);
  const records = recordsOf(rows, fields, (i) => {
    const manager = rows[i]!.managerEmail;
    return { id: idOf.get(rows[i]!.email), manager_id: manager ? (idOf.get(manager) ?? null) : null };
  });
  return sql`insert into people (id, org_id, manager_id, ${columnList(fields, false)})
    select id, ${orgId}, manager_id, ${columnList(fields, false)}
    from json_to_recordset(${records}::json) as v(id text, manager_id text, ${columnList(fields, true)})`;
}

/** New people ordered so that a manager who is also new comes before their reports. */
function managersFirst(created: readonly ValidPerson[]): ValidPerson[] {
  const byEmail = new Map(created.map((p) => [p.email, p]));
  const depth = new Map<string, number>();
  const depthOf = (start: ValidPerson): number => {
    const chain: ValidPerson[] = [];
    let person: ValidPerson | undefined = start;
    while (person && !depth.has(person.email) && chain.length <= byEmail.size) {
      chain.push(person);
      person = person.managerEmail ? byEmail.get(person.managerEmail) : undefined;
    }
    let d = person ? (depth.get(person.email) ?? 0) + 1 : 0;
    for (const p of chain.reverse()) depth.set(p.email, d++);
    return depth.get(start.email)!;
  };
  return created
    .map((p) => ({ p, d: depthOf(p) }))
    .sort((a, b) => a.d - b.d)
    .map(({ p }) => p);
}

function updateStatement(orgId: string, rows: readonly { id: string; person: ValidPerson }[]): SQL {
  const persons = rows.map((r) => r.person);
  const fields = presentIn(persons);
  const set = sql.raw(fields.map((f) => `${COLUMN[f].name} = v.${COLUMN[f].name}`).join(', '));
  const records = recordsOf(persons, fields, (i) => ({ id: rows[i]!.id }));
  return sql`update people as p set ${set}, updated_at = now()
    from json_to_recordset(${records}::json) as v(id text, ${columnList(fields, true)})
    where p.org_id = ${orgId} and p.id = v.id`;
}

function* chunks<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}
