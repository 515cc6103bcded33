import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The portable backup file (decision 012): gzip'd JSON lines, the same for PGlite and PostgreSQL.
 *
 *   {"format":"counterpart-backup","version":1,...}                      the header
 *   {"table":"people","columns":[...],"primaryKey":[...],"selfReferences":[...]}
 *   {"row":{...}}                                                        one per row, as row_to_json wrote it
 *   {"tableEnd":"people","rows":61,"sha256":"..."}                       count and digest of the row lines
 *   ...one section per table, parents before children...
 *   {"end":true,"tables":31,"rows":4210}                                 absent = the file is incomplete
 *
 * A row stays the exact JSON text PostgreSQL wrote (timestamps in UTC): restore hands it back to
 * PostgreSQL untouched, so no value passes through a JavaScript number or Date.
 */
export const BACKUP_FORMAT = 'counterpart-backup';
export const BACKUP_FORMAT_VERSION = 1;

const name = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'not a plain SQL name');

export const migrationLevelSchema = z.object({
  /** How many migrations had been applied. */
  count: z.number().int().min(0),
  /** The last one's tag, e.g. `0004_check_ins`, and its journal timestamp. */
  latest: z.string(),
  latestWhen: z.number().int(),
});
export type MigrationLevel = z.infer<typeof migrationLevelSchema>;

export const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  source: z.enum(['pglite', 'postgres']),
  migration: migrationLevelSchema,
  /** Always false: the key that encrypts private notes is kept apart from backups. */
  includesEncryptionKey: z.literal(false),
  /** Tells whether a key is the one this backup's notes were encrypted with, without revealing it. */
  encryptionKeyFingerprint: z.string().nullable(),
  /** pg-boss's queue is not backed up: the scans re-derive every job from the data. */
  excludes: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export const tableStartSchema = z.object({
  table: name,
  columns: z.array(name).min(1),
  primaryKey: z.array(name),
  /** Foreign keys from the table to itself (people.manager_id): filled in after the table's rows. */
  selfReferences: z.array(z.object({ columns: z.array(name).min(1), references: z.array(name).min(1) })),
});
export type TableStart = z.infer<typeof tableStartSchema>;

export const tableEndSchema = z.object({
  tableEnd: name,
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const backupEndSchema = z.object({
  end: z.literal(true),
  tables: z.number().int().min(0),
  rows: z.number().int().min(0),
});

const ROW_PREFIX = '{"row":';

export function rowLine(rowJson: string): string {
  return `${ROW_PREFIX}${rowJson}}`;
}

/** The row's JSON text inside a row line, or undefined when the line is something else. */
export function rowJsonOf(line: string): string | undefined {
  return line.startsWith(ROW_PREFIX) && line.endsWith('}') ? line.slice(ROW_PREFIX.length, -1) : undefined;
}

/** Fingerprint of the notes key: equal fingerprints mean the notes in a backup decrypt with this key. */
export function encryptionKeyFingerprint(notesKey: Buffer): string {
  return createHmac('sha256', notesKey)
    .update('counterpart:backup-fingerprint:v1')
    .digest('hex')
    .slice(0, 16);
}

/** The running Counterpart's version, from the package.json beside the source tree or the bundle. */
export function appVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'counterpart' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
