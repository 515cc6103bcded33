import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '#store/database';

/**
 * Large reads packed into one text: PGlite hands each row through its wire protocol and its parsers
 * one by one, which cost more than the queries themselves once a read reaches thousands of rows (the
 * impact report reads tens of thousands). Packed, a read is one row holding every record: records
 * separated by `RECORD` (the ASCII record separator), fields by `FIELD` (the unit separator), an empty
 * field for null, times as epoch milliseconds. Free text in a field has both separators replaced by a
 * space (`packedText`), so a record always splits into its fields.
 */

const RECORD = '\u001e';
const FIELD = '\u001f';

/**
 * A time column or expression as its epoch milliseconds (null stays null). `date_part` works in floating
 * point; `extract` would answer a numeric, which took PGlite twice as long over 65,000 meetings.
 */
export const epochMs = (value: SQL | AnyColumn): SQL => sql`(date_part('epoch', ${value}) * 1000)::bigint`;

/** A text column with the separators replaced by a space. */
export const packedText = (value: SQL | AnyColumn): SQL =>
  sql`translate(${value}, ${`${RECORD}${FIELD}`}, '  ')`;

/** `string_agg` of `fields` as packed records, in `orderBy` order when given: the packed select list. */
export function packedSelect(fields: readonly SQL[], orderBy?: SQL): SQL {
  const record = sql.join(
    fields.map((field) => sql`coalesce((${field})::text, '')`),
    sql.raw(`, '${FIELD}', `),
  );
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  return sql`string_agg(concat(${record}), '${sql.raw(RECORD)}'${order})`;
}

/**
 * The records `fields` gives for each row of `from` (a `from … where …` clause, joins included), in
 * `orderBy` order when given: each record as its fields' texts, '' for null.
 */
export async function readPacked(
  db: Db,
  fields: readonly SQL[],
  from: SQL,
  orderBy?: SQL,
): Promise<string[][]> {
  const [row] = await rowsOf<{ packed: string | null }>(
    db,
    sql`select ${packedSelect(fields, orderBy)} as packed ${from}`,
  );
  return unpack(row?.packed ?? null);
}

/** The records of a packed text (`readPacked`), each as its fields. */
export function unpack(packed: string | null): string[][] {
  if (packed === null || packed === '') return [];
  return packed.split(RECORD).map((record) => record.split(FIELD));
}

/** A packed time field (`epochMs`) as a Date, or null when empty. */
export const packedDate = (field: string | undefined): Date | null =>
  field ? new Date(Number(field)) : null;
