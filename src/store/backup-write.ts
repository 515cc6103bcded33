import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { fail, issue, ok, type Result } from '#core/result';
import { readCatalog } from '#store/backup-catalog';
import { rowsOf } from '#store/database';
import {
  appVersion,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type MigrationLevel,
  rowLine,
  type TableStart,
} from '#store/backup-format';
import { readMigrationLevel } from '#store/backup-migrations';
import type { Database, Db } from '#store/database';

export type BackupSummary = {
  readonly tables: number;
  readonly rows: number;
  readonly bytes: number;
  readonly migration: MigrationLevel;
};

/** Rows fetched from the cursor at a time: memory stays flat however large a table is. */
const BATCH = 500;

/**
 * Writes every row of the database to `file`, read in one REPEATABLE READ, read-only transaction:
 * one consistent snapshot even while the app keeps writing (on PostgreSQL; the embedded database
 * serves one process, so it is backed up with the app stopped). The file appears only when
 * complete (written beside it, then renamed) and is readable by its owner only.
 */
export async function writeBackup(
  database: Database,
  file: string,
  options: { readonly createdAt: Date; readonly keyFingerprint: string | null },
): Promise<Result<BackupSummary>> {
  if (existsSync(file)) return fail([issue('exists', `${file} already exists; choose another file name.`)]);
  const partial = `${file}.partial`;
  try {
    const summary = await database.db.transaction(
      async (tx) => {
        const db = tx as unknown as Db;
        await db.execute(sql`set local timezone = 'UTC'`);
        const migration = await readMigrationLevel(db);
        if (migration === 'unknown') return 'newer' as const;
        if (migration.count === 0) return 'empty' as const;
        const catalog = await readCatalog(db);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_FORMAT_VERSION,
          createdAt: options.createdAt.toISOString(),
          appVersion: appVersion(),
          source: database.driver,
          migration,
          includesEncryptionKey: false,
          encryptionKeyFingerprint: options.keyFingerprint,
          excludes: ['pgboss (background jobs: re-derived by the scans)', 'drizzle (the migration record)'],
        };
        const totals = { tables: catalog.length, rows: 0 };
        await pipeline(
          Readable.from(backupChunks(db, header, catalog, totals)),
          createGzip(),
          createWriteStream(partial, { mode: 0o600 }),
        );
        return { tables: totals.tables, rows: totals.rows, migration };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    if (summary === 'newer') {
      return fail([
        issue(
          'newer',
          'This database was migrated by a newer version of Counterpart; back it up with that version.',
        ),
      ]);
    }
    if (summary === 'empty') {
      return fail([
        issue('empty', 'This database has no Counterpart tables yet: there is nothing to back up.'),
      ]);
    }
    renameSync(partial, file);
    return ok({ ...summary, bytes: statSync(file).size });
  } catch (error) {
    if (existsSync(partial)) unlinkSync(partial);
    throw error;
  }
}

async function* backupChunks(
  db: Db,
  header: BackupHeader,
  catalog: readonly TableStart[],
  totals: { rows: number },
): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of catalog) {
    yield `${JSON.stringify(table)}\n`;
    const digest = createHash('sha256');
    let rows = 0;
    await db.execute(
      sql`declare cp_backup no scroll cursor for select row_to_json(t)::text as line from ${sql.identifier(table.table)} t`,
    );
    for (;;) {
      const batch = await rowsOf<{ line: string }>(db, sql.raw(`fetch forward ${BATCH} from cp_backup`));
      if (batch.length === 0) break;
      let chunk = '';
      for (const { line } of batch) {
        digest.update(`${line}\n`);
        chunk += `${rowLine(line)}\n`;
      }
      rows += batch.length;
      yield chunk;
    }
    await db.execute(sql`close cp_backup`);
    totals.rows += rows;
    yield `${JSON.stringify({ tableEnd: table.table, rows, sha256: digest.digest('hex') })}\n`;
  }
  yield `${JSON.stringify({ end: true, tables: catalog.length, rows: totals.rows })}\n`;
}
