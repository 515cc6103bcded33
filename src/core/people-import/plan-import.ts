import type { EmploymentStatus } from '#core/people-import/field-rules';
import type { ValidPerson } from '#core/people-import/validate-people';

/** Someone already in the organisation, as the importer compares them. */
export type ExistingPerson = {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly level: number | null;
  readonly department: string;
  readonly managerEmail: string | null;
  readonly location: string;
  readonly timeZone: string;
  readonly hireDate: string | null;
  readonly employmentStatus: EmploymentStatus;
  readonly endDate: string | null;
};

export type ImportCounts = {
  readonly created: number;
  readonly updated: number;
  readonly markedLeft: number;
  readonly unchanged: number;
};

export type ImportPlan = {
  readonly create: readonly ValidPerson[];
  readonly update: readonly { readonly id: string; readonly person: ValidPerson }[];
  /** Manager links to set (by email), for new people and for people whose manager changes. */
  readonly managerLinks: readonly { readonly email: string; readonly managerEmail: string | null }[];
  /** Ids of people absent from the file, to be marked as having left (full sync only). */
  readonly leave: readonly string[];
  readonly counts: ImportCounts;
};

const COMPARED = [
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
] as const;

/**
 * What an import will do: people are matched by email (case-insensitively); only the columns in the
 * file are compared and written. With `markMissingAsLeavers`, anyone not in the file who has not left
 * yet will be marked as left.
 */
export function planPeopleImport(
  existing: readonly ExistingPerson[],
  people: readonly ValidPerson[],
  options: { readonly markMissingAsLeavers: boolean },
): ImportPlan {
  const byEmail = new Map(existing.map((p) => [p.email.toLowerCase(), p]));
  const create: ValidPerson[] = [];
  const update: { id: string; person: ValidPerson }[] = [];
  const managerLinks: { email: string; managerEmail: string | null }[] = [];
  let unchanged = 0;
  let updated = 0;
  for (const person of people) {
    const current = byEmail.get(person.email);
    const manager = person.managerEmail;
    if (!current) {
      create.push(person);
      if (manager) managerLinks.push({ email: person.email, managerEmail: manager });
      continue;
    }
    const fieldsChange = COMPARED.some((f) => person[f] !== undefined && person[f] !== current[f]);
    const managerChanges = manager !== undefined && manager !== (current.managerEmail?.toLowerCase() ?? null);
    if (fieldsChange) update.push({ id: current.id, person });
    if (managerChanges) managerLinks.push({ email: person.email, managerEmail: manager });
    if (fieldsChange || managerChanges) updated++;
    else unchanged++;
  }
  const inFile = new Set(people.map((p) => p.email));
  const leave = options.markMissingAsLeavers
    ? existing
        .filter((p) => p.employmentStatus !== 'left' && !inFile.has(p.email.toLowerCase()))
        .map((p) => p.id)
    : [];
  return {
    create,
    update,
    managerLinks,
    leave,
    counts: { created: create.length, updated, markedLeft: leave.length, unchanged },
  };
}
