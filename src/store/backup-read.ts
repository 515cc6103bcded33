import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { type Issue, issue } from '#core/result';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  backupEndSchema,
  headerSchema,
  rowJsonOf,
  type TableStart,
  tableEndSchema,
  tableStartSchema,
} from '#store/backup-format';

/** What reading a backup file yields, in file order; rows come in batches of their JSON texts. */
export type BackupPart =
  | { readonly kind: 'header'; readonly header: BackupHeader }
  | { readonly kind: 'table'; readonly table: TableStart }
  | { readonly kind: 'rows'; readonly rows: readonly string[] }
  | { readonly kind: 'tableEnd'; readonly table: string; readonly rows: number }
  | { readonly kind: 'end'; readonly tables: number; readonly rows: number };

/** A backup file that cannot be trusted: not one of ours, damaged, or cut short. */
export class UnreadableBackupError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
  }
}

const ROWS_PER_BATCH = 500;

/**
 * Reads a backup and checks it as it goes: the header first, each table's rows against the count
 * and SHA-256 its end line records, and the end line last. A problem throws UnreadableBackupError
 * at the point it is found, so a reader that writes must do so in a transaction it can roll back.
 */
export async function* readBackup(file: string): AsyncGenerator<BackupPart> {
  let header: BackupHeader | undefined;
  let table: { start: TableStart; rows: number; digest: ReturnType<typeof createHash> } | undefined;
  let batch: string[] = [];
  let ended = false;
  let totalRows = 0;
  let tables = 0;
  let lineNumber = 0;
  const damaged = (why: string) =>
    new UnreadableBackupError(
      issue('damaged', `${file} is damaged (line ${lineNumber}: ${why}); nothing was restored from it.`),
    );

  for await (const line of linesOf(file)) {
    lineNumber++;
    if (ended) throw damaged('more data after the end of the backup');
    if (!header) {
      header = parseHeader(file, line);
      yield { kind: 'header', header };
      continue;
    }
    if (table) {
      const row = rowJsonOf(line);
      if (row !== undefined) {
        table.digest.update(`${row}\n`);
        table.rows++;
        batch.push(row);
        if (batch.length >= ROWS_PER_BATCH) {
          yield { kind: 'rows', rows: batch };
          batch = [];
        }
        continue;
      }
      const end = tableEndSchema.safeParse(parseJson(line, damaged));
      if (!end.success || end.data.tableEnd !== table.start.table)
        throw damaged(`expected a row of ${table.start.table}`);
      if (end.data.rows !== table.rows || end.data.sha256 !== table.digest.digest('hex'))
        throw damaged(`the rows of ${table.start.table} do not match their checksum`);
      if (batch.length > 0) yield { kind: 'rows', rows: batch };
      batch = [];
      totalRows += table.rows;
      tables++;
      yield { kind: 'tableEnd', table: table.start.table, rows: table.rows };
      table = undefined;
      continue;
    }
    const value = parseJson(line, damaged);
    const start = tableStartSchema.safeParse(value);
    if (start.success) {
      table = { start: start.data, rows: 0, digest: createHash('sha256') };
      yield { kind: 'table', table: start.data };
      continue;
    }
    const end = backupEndSchema.safeParse(value);
    if (!end.success) throw damaged('expected the start of a table');
    if (end.data.tables !== tables || end.data.rows !== totalRows)
      throw damaged('the totals at the end do not match the tables read');
    ended = true;
    yield { kind: 'end', tables, rows: totalRows };
  }
  if (!header)
    throw new UnreadableBackupError(issue('not_backup', `${file} is empty: it is not a Counterpart backup.`));
  if (!ended) {
    throw new UnreadableBackupError(
      issue(
        'incomplete',
        `${file} is incomplete: it ends before the end of the backup; nothing was restored from it.`,
      ),
    );
  }
}

function parseHeader(file: string, line: string): BackupHeader {
  const notOurs = new UnreadableBackupError(issue('not_backup', `${file} is not a Counterpart backup.`));
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw notOurs;
  }
  const fields = value as { format?: unknown; version?: unknown } | null;
  if (fields?.format !== BACKUP_FORMAT) throw notOurs;
  if (typeof fields.version === 'number' && fields.version > BACKUP_FORMAT_VERSION) {
    throw new UnreadableBackupError(
      issue(
        'newer',
        `${file} was written in backup format ${fields.version} by a newer Counterpart; this one reads format ${BACKUP_FORMAT_VERSION}. Upgrade Counterpart to restore it.`,
      ),
    );
  }
  const header = headerSchema.safeParse(value);
  if (!header.success) throw new UnreadableBackupError(issue('damaged', `${file} has a damaged header.`));
  return header.data;
}

function parseJson(line: string, damaged: (why: string) => Error): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw damaged('not valid JSON');
  }
}

/** The file's lines, gunzipped and decoded as UTF-8; gzip and file errors become readable ones. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const stream = createGunzip();
  source.on('error', (error) => stream.destroy(error));
  source.pipe(stream);
  stream.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
  } catch (error) {
    throw new UnreadableBackupError(describeReadError(file, error));
  } finally {
    source.destroy();
  }
  if (rest.length > 0) yield rest;
}

function describeReadError(file: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return issue('not_found', `${file} does not exist.`);
  if (code === 'EISDIR') return issue('not_found', `${file} is a folder, not a backup file.`);
  if (code === 'EACCES') return issue('not_found', `${file} cannot be read: permission denied.`);
  if (code === 'Z_DATA_ERROR')
    return issue('not_backup', `${file} is not a Counterpart backup (not gzip data).`);
  if (code === 'Z_BUF_ERROR')
    return issue('incomplete', `${file} is incomplete: it was cut short; nothing was restored from it.`);
  return issue(
    'damaged',
    `${file} could not be read: ${error instanceof Error ? error.message : String(error)}`,
  );
}
