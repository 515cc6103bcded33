import type { CsvTable } from '#core/people-import/csv';
import { COLUMNS, fieldOfHeader, PERSON_FIELDS, type PersonField } from '#core/people-import/columns';
import { checkPersonFields, type PersonValues, type RawPerson } from '#core/people-import/field-rules';
import { describeCycle, findManagerCycles } from '#core/people-import/manager-cycles';
import type { TimeZoneLookup } from '#core/people-import/time-zones';
import { fail, type Issue, issue, ok, type Result } from '#core/result';

/** A person from the file, checked; absent columns stay absent (re-import leaves those fields alone). */
export type ValidPerson = PersonValues & { readonly row: number };

export type ValidationContext = {
  /** Everyone already in the organisation: lower-cased email → their manager's lower-cased email. */
  readonly existing: ReadonlyMap<string, string | null>;
  readonly timeZoneOf: TimeZoneLookup;
};

type Checked = Partial<PersonValues> & { readonly row: number };
type Column = { readonly index: number; readonly field: PersonField };

const at = (row: number, field: PersonField) => [row, COLUMNS[field].header];

/** Rows of a parsed CSV to people, or every problem with its spreadsheet row (header = row 1) and column. */
export function validatePeople(table: CsvTable, context: ValidationContext): Result<ValidPerson[]> {
  const [header = [], ...rows] = table.records;
  const mapped = mapHeader(header, rows);
  if (!mapped.ok) return mapped;
  const columns = mapped.value;
  const issues: Issue[] = [];
  const people: ValidPerson[] = [];
  const checked: Checked[] = [];
  const firstRowOf = new Map<string, number>();

  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const extra = cells.slice(header.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      issues.push(
        issue(
          'too_many_values',
          `This row has ${cells.length} values but the header has ${header.length} columns.`,
          [row],
        ),
      );
    }
    const raw: RawPerson = {};
    for (const { index: i, field } of columns) raw[field] = cells[i] ?? '';
    const { values, problems } = checkPersonFields(raw, context.timeZoneOf);
    for (const p of problems) issues.push(issue(p.code, p.message, at(row, p.field)));
    if (values.email !== undefined) {
      const first = firstRowOf.get(values.email);
      if (first !== undefined) {
        issues.push(
          issue('duplicate_email', `The email "${values.email}" is also on row ${first}.`, at(row, 'email')),
        );
        return;
      }
      firstRowOf.set(values.email, row);
    }
    checked.push({ ...values, row });
    if (problems.length === 0 && extra.length === 0) people.push({ ...(values as PersonValues), row });
  });
  issues.push(...checkManagers(checked, firstRowOf, context.existing));
  if (issues.length > 0) return fail(sortByRow(issues));
  if (people.length === 0)
    return fail([issue('no_people', 'The file has a header but no people in it.', [2])]);
  return ok(people);
}

function mapHeader(header: readonly string[], rows: readonly (readonly string[])[]): Result<Column[]> {
  const issues: Issue[] = [];
  const columns: Column[] = [];
  const seen = new Map<PersonField, string>();
  header.forEach((name, index) => {
    const field = fieldOfHeader(name);
    if (field === undefined) {
      if (name.trim() === '') {
        if (rows.some((cells) => (cells[index] ?? '').trim() !== ''))
          issues.push(
            issue('unexpected_column', `Column ${index + 1} has values but no header.`, [
              1,
              `column ${index + 1}`,
            ]),
          );
        return;
      }
      const known = PERSON_FIELDS.map((f) => COLUMNS[f].header).join(', ');
      issues.push(
        issue('unexpected_column', `Unexpected column "${name.trim()}": the columns are ${known}.`, [
          1,
          name.trim(),
        ]),
      );
      return;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      issues.push(
        issue('duplicate_column', `The column "${name.trim()}" repeats "${earlier}".`, [1, name.trim()]),
      );
      return;
    }
    seen.set(field, name.trim());
    columns.push({ index, field });
  });
  for (const field of PERSON_FIELDS) {
    if (COLUMNS[field].required && !seen.has(field)) {
      issues.push(
        issue('missing_column', `The required column "${COLUMNS[field].header}" is missing.`, [
          1,
          COLUMNS[field].header,
        ]),
      );
    }
  }
  return issues.length > 0 ? fail(issues) : ok(columns);
}

function checkManagers(
  people: readonly Checked[],
  rowOf: ReadonlyMap<string, number>,
  existing: ReadonlyMap<string, string | null>,
): Issue[] {
  const issues: Issue[] = [];
  const inFile = new Map(people.flatMap((p) => (p.email === undefined ? [] : [[p.email, p] as const])));
  for (const person of people) {
    const manager = person.managerEmail;
    if (manager && !rowOf.has(manager) && !existing.has(manager)) {
      issues.push(
        issue(
          'unknown_manager',
          `Unknown manager "${manager}" (not in the file or the organisation).`,
          at(person.row, 'managerEmail'),
        ),
      );
    }
  }
  const managerOf = (email: string): string | null | undefined => {
    const person = inFile.get(email);
    return person && person.managerEmail !== undefined ? person.managerEmail : existing.get(email);
  };
  for (const cycle of findManagerCycles(inFile.keys(), managerOf)) {
    cycle.forEach((email, position) => {
      const person = inFile.get(email);
      if (!person) return;
      const message =
        cycle.length === 1
          ? 'A person cannot be their own manager.'
          : `Manager cycle: ${describeCycle(cycle, position)}.`;
      issues.push(issue('manager_cycle', message, at(person.row, 'managerEmail')));
    });
  }
  return issues;
}

function sortByRow(issues: Issue[]): Issue[] {
  return issues
    .map((it, order) => ({ it, order }))
    .sort((a, b) => Number(a.it.path[0] ?? 0) - Number(b.it.path[0] ?? 0) || a.order - b.order)
    .map(({ it }) => it);
}
