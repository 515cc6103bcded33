import type { PersonField } from '#core/people-import/columns';
import { checkPersonFields, type EmploymentStatus, type RawPerson } from '#core/people-import/field-rules';
import { findManagerCycles } from '#core/people-import/manager-cycles';
import { timeZoneLookup } from '#core/people-import/time-zones';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import {
  findPersonByEmail,
  getPerson,
  insertPeople,
  managerLinksAbove,
  type NewPerson,
  updatePerson,
} from '#store/people-store';

/** The editable fields of a person, as the API takes them; on an edit, absent means unchanged. */
export type PersonInput = {
  readonly email?: string | undefined;
  readonly name?: string | undefined;
  readonly title?: string | undefined;
  readonly level?: number | null | undefined;
  readonly department?: string | undefined;
  readonly managerId?: string | null | undefined;
  readonly location?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly hireDate?: string | null | undefined;
  readonly employmentStatus?: EmploymentStatus | undefined;
  readonly endDate?: string | null | undefined;
};

type Field = Exclude<keyof PersonInput, 'managerId'>;
const FIELDS: readonly Field[] = [
  'email',
  'name',
  'title',
  'level',
  'department',
  'location',
  'timeZone',
  'hireDate',
  'employmentStatus',
  'endDate',
];
const DEFAULTS: Required<Pick<PersonInput, Field>> = {
  email: '',
  name: '',
  title: '',
  level: null,
  department: '',
  location: '',
  timeZone: 'UTC',
  hireDate: null,
  employmentStatus: 'active',
  endDate: null,
};

/**
 * Adds a person (`personId` null) or edits one, with the importer's field rules, a unique email in the
 * organisation, and a manager who is in the organisation and not the person or one of their reports.
 */
export async function savePerson(
  deps: Pick<AppDeps, 'database'>,
  caller: Pick<Caller, 'orgId' | 'accountId'>,
  input: { readonly personId: string | null; readonly fields: PersonInput },
  ip = '',
): Promise<Result<{ id: string; created: boolean }>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const current = input.personId ? await getPerson(db, caller.orgId, input.personId) : undefined;
    if (input.personId && !current) return fail([issue('not_found', 'That person was not found.')]);
    const merged = { ...DEFAULTS, ...(current ?? {}), ...input.fields };
    const raw: RawPerson = {};
    for (const f of FIELDS) raw[f as PersonField] = merged[f] === null ? '' : String(merged[f]);
    const checked = checkPersonFields(raw, timeZoneLookup());
    const issues: Issue[] = checked.problems.map((p) => issue(p.code, p.message, [p.field]));
    const email = checked.values.email;
    if (email) {
      const holder = await findPersonByEmail(db, caller.orgId, email);
      if (holder && holder.id !== input.personId)
        issues.push(
          issue('duplicate_email', `Someone in the organisation already has the email ${email}.`, ['email']),
        );
    }
    const managerId = input.fields.managerId;
    if (managerId) issues.push(...(await checkManager(db, caller.orgId, input.personId, managerId)));
    if (issues.length > 0) return fail(issues);

    const given = current ? FIELDS.filter((f) => input.fields[f] !== undefined) : FIELDS;
    const fields: Record<string, unknown> = {};
    for (const f of given) fields[f] = checked.values[f as keyof typeof checked.values];
    if (managerId !== undefined) fields.managerId = managerId;
    const row = fields as Partial<NewPerson>;
    let id = current?.id;
    if (id) await updatePerson(db, caller.orgId, id, row);
    else id = (await insertPeople(db, caller.orgId, [row as NewPerson]))[0]!.id;
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: current ? 'person.updated' : 'person.created',
      target: email ?? '',
      detail: { fields: Object.keys(fields) },
      ip,
    });
    return ok({ id, created: !current });
  });
}

async function checkManager(
  db: Db,
  orgId: string,
  personId: string | null,
  managerId: string,
): Promise<Issue[]> {
  const manager = await getPerson(db, orgId, managerId);
  if (!manager) return [issue('unknown_manager', 'That manager is not in the organisation.', ['managerId'])];
  if (!personId) return [];
  if (managerId === personId)
    return [issue('manager_cycle', 'A person cannot be their own manager.', ['managerId'])];
  const links = await managerLinksAbove(db, orgId, managerId);
  links.set(personId, managerId);
  const cycles = findManagerCycles([personId], (id) => links.get(id));
  return cycles.length > 0
    ? [
        issue(
          'manager_cycle',
          `${manager.name} reports to this person, directly or through others: choose a manager outside their reporting line.`,
          ['managerId'],
        ),
      ]
    : [];
}
