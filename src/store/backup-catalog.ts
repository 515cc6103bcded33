import { sql } from 'drizzle-orm';
import type { TableStart } from '#store/backup-format';
import { type Db, rowsOf } from '#store/database';

/**
 * What a backup covers, read from PostgreSQL's own catalog rather than from schema.ts, so every
 * table a migration created is included at whatever migration level the database is: the base
 * tables of the `public` schema, their stored columns in order, primary keys, and foreign keys to
 * order tables parents-first. (pg-boss lives in its own schema; drizzle's migration record in its own.)
 */
export async function readCatalog(db: Db): Promise<TableStart[]> {
  const columns = await rowsOf<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
          and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const primaryKeys = await rowsOf<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where n.nspname = 'public' and i.indisprimary
        order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const foreignKeys = await rowsOf<{
    name: string;
    table: string;
    references: string;
    column: string;
    referenced: string;
  }>(
    db,
    sql`select con.conname as "name", src.relname as "table", dst.relname as "references",
               sa.attname as "column", da.attname as "referenced"
        from pg_constraint con
        join pg_class src on src.oid = con.conrelid
        join pg_class dst on dst.oid = con.confrelid
        join pg_namespace n on n.oid = src.relnamespace
        cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(src_att, dst_att, ord)
        join pg_attribute sa on sa.attrelid = con.conrelid and sa.attnum = k.src_att
        join pg_attribute da on da.attrelid = con.confrelid and da.attnum = k.dst_att
        where con.contype = 'f' and n.nspname = 'public'
        order by src.relname, con.conname, k.ord`,
  );

  const tables = new Map<string, TableStart & { parents: Set<string> }>();
  for (const { table, column } of columns) {
    const entry = tables.get(table) ?? {
      table,
      columns: [],
      primaryKey: [],
      selfReferences: [],
      parents: new Set(),
    };
    entry.columns.push(column);
    tables.set(table, entry);
  }
  for (const { table, column } of primaryKeys) tables.get(table)?.primaryKey.push(column);
  const selfReferences = new Map<string, { columns: string[]; references: string[] }>();
  for (const fk of foreignKeys) {
    const entry = tables.get(fk.table);
    if (!entry) continue;
    if (fk.references !== fk.table) {
      entry.parents.add(fk.references);
      continue;
    }
    const key = `${fk.table}.${fk.name}`;
    const self = selfReferences.get(key) ?? { columns: [], references: [] };
    if (!selfReferences.has(key)) entry.selfReferences.push(self);
    self.columns.push(fk.column);
    self.references.push(fk.referenced);
    selfReferences.set(key, self);
  }
  return parentsFirst([...tables.values()]).map(({ parents: _, ...table }) => table);
}

/** Tables ordered so every table comes after the tables it references; ties in name order. */
function parentsFirst<T extends { table: string; parents: Set<string> }>(tables: T[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  let pending = [...tables].sort((a, b) => a.table.localeCompare(b.table));
  while (pending.length > 0) {
    const ready = pending.filter((t) => [...t.parents].every((p) => placed.has(p) || p === t.table));
    if (ready.length === 0) {
      throw new Error(
        `The tables ${pending.map((t) => t.table).join(', ')} reference each other in a cycle; a backup cannot order them.`,
      );
    }
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.table);
    }
    pending = pending.filter((t) => !placed.has(t.table));
  }
  return ordered;
}

/** Rows in each of the given tables (an absent table counts as empty). */
export async function countRows(db: Db, tables: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts.set(table, row?.n ?? 0);
  }
  return counts;
}
