import { type SQL, sql } from 'drizzle-orm';
import { fail, issue, ok, type Result } from '#core/result';
import { countRows, readCatalog } from '#store/backup-catalog';
import type { BackupHeader, MigrationLevel, TableStart } from '#store/backup-format';
import { isKnownLevel, migrateToLevel, readMigrationLevel } from '#store/backup-migrations';
import { readBackup, UnreadableBackupError } from '#store/backup-read';
import type { Database, Db } from '#store/database';

export type RestoreOptions = {
  /** Delete every row already in the database first (in the restore's own transaction). */
  readonly force: boolean;
  /** Fingerprint of the key this installation runs with; null when it has none yet. */
  readonly keyFingerprint: string | null;
  /** Restore even when the key differs from the backup's: its private notes stay unreadable. */
  readonly acceptKeyChange: boolean;
  /** Says what is about to happen (e.g. what --force deletes) before it happens. */
  readonly report: (text: string) => void;
};

export type RestoreSummary = {
  readonly header: BackupHeader;
  readonly tables: number;
  readonly rows: number;
  readonly deletedRows: number;
};

/**
 * Restores a backup into an empty database: checks the whole file first (nothing is written from
 * a damaged or cut-short file), brings the schema to the backup's migration level, inserts every
 * row in one transaction, parents before children, then applies this installation's newer
 * migrations. Refuses a backup from a newer Counterpart and a database that already holds rows
 * (unless `force`), and a backup whose private notes the configured key cannot read (unless
 * `acceptKeyChange`).
 */
export async function restoreBackup(
  database: Database,
  file: string,
  options: RestoreOptions,
): Promise<Result<RestoreSummary>> {
  const checked = await checkBackup(file);
  if (!checked.ok) return checked;
  const { header, tables, rows } = checked.value;
  if (!isKnownLevel(header.migration)) return fail([newerBackup(file, header)]);
  const keyProblem = checkKey(header, options);
  if (keyProblem) return fail([keyProblem]);

  const target = await readMigrationLevel(database.db);
  if (target === 'unknown' || target.count > header.migration.count) {
    return fail([newerDatabase(target === 'unknown' ? 'a newer one' : target.latest, header.migration)]);
  }
  const existing = await countRows(
    database.db,
    (await readCatalog(database.db)).map((t) => t.table),
  );
  const deletedRows = [...existing.values()].reduce((sum, n) => sum + n, 0);
  if (deletedRows > 0 && !options.force) return fail([notEmpty(existing, deletedRows)]);
  if (deletedRows > 0) {
    options.report(
      `--force: deleting the ${deletedRows} rows already in this database before restoring, in the same ` +
        'transaction as the restore (if the restore fails, they stay).',
    );
  }

  await migrateToLevel(database, header.migration);
  try {
    await database.db.transaction(async (tx) => insertAll(tx as unknown as Db, file, options.force));
  } catch (error) {
    if (error instanceof UnreadableBackupError) return fail([error.issue]);
    // the driver's own words, not drizzle's wrapper (which repeats the statement and its rows)
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const why = cause instanceof Error ? cause.message : String(cause);
    return fail([
      issue('restore_failed', `The restore failed and was undone; the database is as it was: ${why}`),
    ]);
  }
  await database.migrate();
  return ok({ header, tables, rows, deletedRows });
}

/** Reads the whole file once, checking every table's count and checksum, without writing anything. */
export async function checkBackup(
  file: string,
): Promise<Result<{ header: BackupHeader; tables: number; rows: number }>> {
  let header: BackupHeader | undefined;
  try {
    for await (const part of readBackup(file)) {
      if (part.kind === 'header') header = part.header;
      if (part.kind === 'end' && header) return ok({ header, tables: part.tables, rows: part.rows });
    }
  } catch (error) {
    if (error instanceof UnreadableBackupError) return fail([error.issue]);
    throw error;
  }
  return fail([issue('incomplete', `${file} is incomplete; nothing was restored from it.`)]);
}

async function insertAll(db: Db, file: string, wipe: boolean): Promise<void> {
  const catalog = new Map((await readCatalog(db)).map((t) => [t.table, new Set(t.columns)]));
  if (wipe && catalog.size > 0) {
    await db.execute(
      sql`truncate table ${sql.join(
        [...catalog.keys()].map((t) => sql.identifier(t)),
        sql`, `,
      )}`,
    );
  }
  let table: TableWriter | undefined;
  for await (const part of readBackup(file)) {
    if (part.kind === 'table') {
      const columns = catalog.get(part.table.table);
      const missing = part.table.columns.filter((c) => !columns?.has(c));
      if (!columns || missing.length > 0) {
        const what = columns
          ? `the columns ${missing.join(', ')} of ${part.table.table}`
          : `the table ${part.table.table}`;
        throw new UnreadableBackupError(
          issue(
            'mismatch',
            `${file} holds ${what}, which this database does not have at the backup's migration level.`,
          ),
        );
      }
      table = await tableWriter(db, part.table, file);
    } else if (part.kind === 'rows' && table) {
      await table.insert(`[${part.rows.join(',')}]`);
    } else if (part.kind === 'tableEnd' && table) {
      await table.finish();
      table = undefined;
    }
  }
}

type TableWriter = { insert: (rowsJson: string) => Promise<void>; finish: () => Promise<void> };

/**
 * Inserts a table's rows straight from their JSON (json_populate_recordset casts each value to its
 * column's type). A foreign key from the table to itself (a person's manager) is filled in after
 * all its rows are in, from a temporary table, so the order of the rows does not matter.
 */
async function tableWriter(db: Db, start: TableStart, file: string): Promise<TableWriter> {
  const id = (name: string): SQL => sql`${sql.identifier(name)}`;
  const list = (names: readonly string[], as: (name: string) => SQL = id) => sql.join(names.map(as), sql`, `);
  const table = id(start.table);
  const later = new Set(start.selfReferences.flatMap((r) => r.columns));
  const key = start.primaryKey;
  if (later.size > 0 && (key.length === 0 || key.some((k) => later.has(k)))) {
    throw new UnreadableBackupError(
      issue('mismatch', `${file}: the table ${start.table} refers to itself without a separate primary key.`),
    );
  }
  const source = (json: string) => sql`json_populate_recordset(null::${table}, ${json}::json)`;
  const refs = id(`cp_restore_${start.table}`);
  const refColumns = [...key, ...later];
  if (later.size > 0) {
    await db.execute(
      sql`create temporary table ${refs} on commit drop as select ${list(refColumns)} from ${table} with no data`,
    );
  }
  return {
    insert: async (json) => {
      await db.execute(
        sql`insert into ${table} (${list(start.columns)})
            select ${list(start.columns, (c) => (later.has(c) ? sql`null` : id(c)))} from ${source(json)}`,
      );
      if (later.size > 0) {
        await db.execute(sql`insert into ${refs} select ${list(refColumns)} from ${source(json)}`);
      }
    },
    finish: async () => {
      if (later.size === 0) return;
      const assign = sql.join(
        [...later].map((c) => sql`${id(c)} = r.${id(c)}`),
        sql`, `,
      );
      const match = sql.join(
        key.map((k) => sql`t.${id(k)} = r.${id(k)}`),
        sql` and `,
      );
      await db.execute(sql`update ${table} as t set ${assign} from ${refs} as r where ${match}`);
      await db.execute(sql`drop table ${refs}`);
    },
  };
}

function checkKey(header: BackupHeader, options: RestoreOptions) {
  const expected = header.encryptionKeyFingerprint;
  if (!expected || expected === options.keyFingerprint || options.acceptKeyChange) return undefined;
  const here = options.keyFingerprint
    ? `the key set here has fingerprint ${options.keyFingerprint}`
    : 'no encryption key is set here';
  return issue(
    'key_mismatch',
    `The private notes in this backup were encrypted with the key whose fingerprint is ${expected}, and ${here}. ` +
      'Set ENCRYPTION_KEY to that key (on the embedded database you may instead copy its encryption.key into the ' +
      'data directory), or pass --accept-unreadable-notes to restore without it: private notes then stay ' +
      'unreadable, and calendar subscription and unsubscribe links stop working.',
  );
}

function newerBackup(file: string, header: BackupHeader) {
  return issue(
    'newer',
    `${file} was made by Counterpart ${header.appVersion} at database migration ${header.migration.latest}, ` +
      'which this Counterpart does not know. Upgrade Counterpart to that version or later to restore it.',
  );
}

function newerDatabase(targetLevel: string, backupLevel: MigrationLevel) {
  return issue(
    'database_newer',
    `This database is already at migration ${targetLevel}, newer than the backup's ${backupLevel.latest}. ` +
      'Restore into a new, empty database (before Counterpart first starts on it); the newer migrations run after the rows are in.',
  );
}

function notEmpty(counts: ReadonlyMap<string, number>, total: number) {
  const examples = [...counts].filter(([, n]) => n > 0).map(([t, n]) => `${n} in ${t}`);
  const shown = `${examples.slice(0, 3).join(', ')}${examples.length > 3 ? ', …' : ''}`;
  return issue(
    'not_empty',
    `This database is not empty: it holds ${total} rows (${shown}). A backup is restored into an empty ` +
      'database only; run again with --force to delete every row first.',
  );
}
