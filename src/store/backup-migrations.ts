import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import { rowsOf } from '#store/database';
import type { MigrationLevel } from '#store/backup-format';
import type { Database, Db } from '#store/database';
import { migrationsFolder } from '#store/migrate';

type JournalEntry = { readonly tag: string; readonly when: number };
type Journal = { readonly entries: readonly JournalEntry[] };

/** The migrations this installation knows, oldest first. */
export function knownMigrations(): readonly JournalEntry[] {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return journal.entries;
}

export const NO_MIGRATIONS: MigrationLevel = { count: 0, latest: 'none', latestWhen: 0 };

/**
 * How far a database has been migrated, from drizzle's record of applied migrations; `unknown`
 * when it holds a migration this installation does not know (a newer Counterpart migrated it).
 */
export async function readMigrationLevel(db: Db): Promise<MigrationLevel | 'unknown'> {
  const [table] = await rowsOf<{ exists: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`,
  );
  if (!table?.exists) return NO_MIGRATIONS;
  const applied = await rowsOf<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const last = applied.at(-1);
  if (!last) return NO_MIGRATIONS;
  const latestWhen = Number(last.created_at);
  const known = knownMigrations();
  const index = known.findIndex((m) => m.when === latestWhen);
  if (index < 0) return 'unknown';
  return { count: index + 1, latest: known[index]!.tag, latestWhen };
}

/** Whether this installation knows the level: same count, and the same migration at its end. */
export function isKnownLevel(level: MigrationLevel): boolean {
  if (level.count === 0) return true;
  const entry = knownMigrations()[level.count - 1];
  return entry?.tag === level.latest && entry.when === level.latestWhen;
}

/**
 * Applies the known migrations up to and including the level's last one, and no further: a
 * backup's rows go into the schema they were read from, and the newer migrations run after them.
 */
export async function migrateToLevel(database: Database, level: MigrationLevel): Promise<void> {
  const known = knownMigrations();
  if (level.count === known.length) return database.migrate();
  if (level.count === 0) return;
  const folder = mkdtempSync(join(tmpdir(), 'counterpart-migrations-'));
  try {
    mkdirSync(join(folder, 'meta'));
    const entries = known.slice(0, level.count);
    for (const entry of entries)
      copyFileSync(join(migrationsFolder(), `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    const journal = JSON.parse(readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8'));
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
    if (database.driver === 'pglite') {
      await migratePgliteDb(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
