import type { PersonField } from '#core/people-import/columns';
import type { TimeZoneLookup } from '#core/people-import/time-zones';

/**
 * The rules for one person's fields, shared by the CSV importer and the add/edit form: raw text in,
 * typed values and field-level problems out. Cross-file rules (duplicates, managers, cycles) live in
 * the validator; these see one person only.
 */
export type EmploymentStatus = 'active' | 'on_leave' | 'left';

export type PersonValues = {
  readonly email: string;
  readonly name: string;
  readonly title?: string;
  readonly level?: number | null;
  readonly department?: string;
  readonly managerEmail?: string | null;
  readonly location?: string;
  readonly timeZone?: string;
  readonly hireDate?: string | null;
  readonly employmentStatus?: EmploymentStatus;
  readonly endDate?: string | null;
};

export type FieldProblem = { readonly field: PersonField; readonly code: string; readonly message: string };
export type RawPerson = Partial<Record<PersonField, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEXT = 200;
const STATUSES: Readonly<Record<string, EmploymentStatus>> = {
  active: 'active',
  on_leave: 'on_leave',
  'on leave': 'on_leave',
  left: 'left',
};

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** A real calendar day written YYYY-MM-DD (2023-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

export function badDateMessage(label: string, raw: string): string {
  return `The ${label} "${raw}" is not a date written YYYY-MM-DD, e.g. 2024-03-31 (other formats such as DD/MM/YYYY are not accepted).`;
}

/** Checks the fields present in `raw`; absent fields stay absent in the values. */
export function checkPersonFields(
  raw: RawPerson,
  timeZoneOf: TimeZoneLookup,
): { values: Partial<PersonValues>; problems: FieldProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  const problem = (field: PersonField, code: string, message: string) =>
    problems.push({ field, code, message });
  const text = (field: PersonField): string | undefined => raw[field]?.trim();

  const email = text('email');
  if (email !== undefined) {
    if (email === '') problem('email', 'missing_email', 'The email is missing.');
    else if (!isEmail(email)) problem('email', 'invalid_email', `"${email}" is not a valid email address.`);
    else values.email = email.toLowerCase();
  }
  const name = text('name');
  if (name !== undefined) {
    if (name === '') problem('name', 'missing_name', 'The name is missing.');
    else values.name = name;
  }
  for (const field of ['name', 'title', 'department', 'location'] as const) {
    const value = text(field);
    if (value === undefined) continue;
    if (value.length > MAX_TEXT) problem(field, 'too_long', `Too long: at most ${MAX_TEXT} characters.`);
    else if (field !== 'name') values[field] = value;
  }
  const level = text('level');
  if (level !== undefined) {
    if (level === '') values.level = null;
    else if (/^\d{1,2}$/.test(level) && Number(level) >= 1 && Number(level) <= 20)
      values.level = Number(level);
    else problem('level', 'bad_level', `The level "${level}" is not a whole number from 1 to 20.`);
  }
  const manager = text('managerEmail');
  if (manager !== undefined) {
    if (manager === '') values.managerEmail = null;
    else if (!isEmail(manager))
      problem(
        'managerEmail',
        'invalid_email',
        `The manager email "${manager}" is not a valid email address.`,
      );
    else values.managerEmail = manager.toLowerCase();
  }
  const zone = text('timeZone');
  if (zone !== undefined) {
    const known = zone === '' ? 'UTC' : timeZoneOf(zone);
    if (known) values.timeZone = known;
    else
      problem(
        'timeZone',
        'unknown_time_zone',
        `Unknown time zone "${zone}": use an IANA name such as Europe/London or America/New_York.`,
      );
  }
  for (const [field, label] of [
    ['hireDate', 'hire date'],
    ['endDate', 'end date'],
  ] as const) {
    const value = text(field);
    if (value === undefined) continue;
    if (value === '') values[field] = null;
    else if (isIsoDate(value)) values[field] = value;
    else problem(field, 'bad_date', badDateMessage(label, value));
  }
  const status = text('employmentStatus');
  if (status !== undefined) {
    const known = status === '' ? 'active' : STATUSES[status.toLowerCase()];
    if (known) values.employmentStatus = known;
    else
      problem(
        'employmentStatus',
        'unknown_status',
        `Unknown employment status "${status}": use active, on_leave or left.`,
      );
  }
  problems.push(...checkDates(values as Partial<PersonValues>, raw));
  return { values: values as Partial<PersonValues>, problems };
}

function checkDates(values: Partial<PersonValues>, raw: RawPerson): FieldProblem[] {
  const { hireDate, endDate, employmentStatus } = values;
  if (hireDate && endDate && endDate < hireDate) {
    return [
      {
        field: 'endDate',
        code: 'end_before_hire',
        message: `The end date ${endDate} is before the hire date ${hireDate}.`,
      },
    ];
  }
  const endUnreadable = raw.endDate !== undefined && raw.endDate.trim() !== '' && endDate === undefined;
  if (employmentStatus === 'left' && !endDate && !endUnreadable) {
    return [
      {
        field: 'endDate',
        code: 'end_date_required',
        message: 'An end date is required when the status is left.',
      },
    ];
  }
  return [];
}
