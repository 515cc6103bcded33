import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  NOT_PERSONAL_TABLES,
  PERSONAL_DATA_LOCATIONS,
  TEXTS_THAT_MAY_QUOTE,
} from '#store/personal-data-locations';
import * as schema from '#store/schema';

/**
 * Walks the schema: every table that points at a person (a foreign key to people, accounts,
 * enrollments or pairs, a column named for one of them, or a foreign key to such a table) must be on
 * the personal-data list, which the export and erasure share, or on the commented list of tables that
 * are not a person's data. A table added tomorrow fails here until someone decides which.
 */

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
const configs = new Map(tables.map((t) => [getTableName(t), getTableConfig(t)]));
const ROOTS = new Set(['people', 'accounts', 'enrollments', 'pairs']);
const NAMED = /(^|_)(person|account|enrollment|pair)_id$/;

/** Tables holding a column that references a person, directly or through another such table. */
function tablesPointingAtPeople(): Set<string> {
  const found = new Set<string>(ROOTS);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, config] of configs) {
      if (found.has(name)) continue;
      const byKey = config.foreignKeys.some((fk) => found.has(getTableName(fk.reference().foreignTable)));
      const byName = config.columns.some((c) => NAMED.test(c.name));
      if (byKey || byName) {
        found.add(name);
        grew = true;
      }
    }
  }
  return found;
}

const personal = PERSONAL_DATA_LOCATIONS.map((l) => l.table);
const notPersonal = Object.keys(NOT_PERSONAL_TABLES);

describe('the list of where a person’s data lives', () => {
  it('finds the tables it must classify in the schema', () => {
    const pointing = tablesPointingAtPeople();
    expect(pointing.size).toBeGreaterThan(25);
    for (const table of ['private_notes', 'meeting_lessons', 'audit_events', 'consent_records'])
      expect(pointing, table).toContain(table);
  });

  it('classifies every table pointing at a person as personal data or, with a reason, as not', () => {
    const unclassified = [...tablesPointingAtPeople()].filter(
      (t) => !personal.includes(t) && !notPersonal.includes(t),
    );
    expect(unclassified, 'add these to PERSONAL_DATA_LOCATIONS or NOT_PERSONAL_TABLES').toEqual([]);
  });

  it('classifies every other table too, so the lists describe the whole schema', () => {
    const unclassified = [...configs.keys()].filter((t) => !personal.includes(t) && !notPersonal.includes(t));
    expect(unclassified).toEqual([]);
  });

  it('names only real tables and columns, each once, and on one list only', () => {
    for (const table of [...personal, ...notPersonal]) expect(configs.has(table), table).toBe(true);
    expect(new Set(personal).size).toBe(personal.length);
    expect(personal.filter((t) => notPersonal.includes(t))).toEqual([]);
    for (const { table, column, json } of TEXTS_THAT_MAY_QUOTE) {
      const found = configs.get(table)?.columns.find((c) => c.name === column);
      expect(found, `${table}.${column}`).toBeDefined();
      expect(found!.getSQLType() === 'jsonb', `${table}.${column} json`).toBe(json);
    }
  });

  it('says for every location where the export has it or why not, and what erasure does', () => {
    for (const l of PERSONAL_DATA_LOCATIONS) {
      const rule = 'section' in l.export ? l.export.section : l.export.omitted;
      const erasure = 'removed' in l.erasure ? l.erasure.removed : l.erasure.kept;
      expect(rule.length, l.table).toBeGreaterThan(3);
      expect(erasure.length, l.table).toBeGreaterThan(3);
    }
    for (const [table, { why }] of Object.entries(NOT_PERSONAL_TABLES))
      expect(why.length, table).toBeGreaterThan(10);
  });
});
