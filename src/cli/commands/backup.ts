import { resolve } from 'node:path';
import { type Command, EXIT, exitWith } from '#cli/command';
import { openBackupTarget } from '#cli/open-backup-database';
import { describeDatabase } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { writeBackup } from '#store/backup-write';

const NAME = 'counterpart backup';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write every row of the database to one file that `counterpart restore` reads back',
  help: `Usage: counterpart backup [--out FILE]

  --out FILE   where to write the backup (default: counterpart-backup-DATE-TIME.jsonl.gz in the
               current folder); an existing file is never overwritten

Writes every row of the database to one compressed file that \`counterpart restore\` reads back
into the embedded database or into PostgreSQL, whichever made it. The file holds personal data:
it is created readable by you only; store it as you would the database.

On PostgreSQL the backup is one consistent snapshot, taken while the app keeps running. The
embedded database serves one process at a time: stop \`counterpart serve\` before backing it up.

The encryption key is NOT in the backup. Private notes in it can be read only with the same key
(ENCRYPTION_KEY, or encryption.key in the data directory): keep a copy of the key somewhere other
than your backups. Background jobs are not backed up either; the app schedules them again from
the data when it starts.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, backupCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, { out: { type: 'string' } });
    if (!parsed.ok) return exitWith(io.err, `${NAME}: ${parsed.issues[0]?.message}`, EXIT.usage);
    const now = new Date();
    const out = typeof parsed.value.values.out === 'string' ? parsed.value.values.out : defaultFileName(now);
    if (out.trim() === '') return exitWith(io.err, `${NAME}: --out needs a file name`, EXIT.usage);
    const opened = await openBackupTarget(io, 'backup');
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    const { database, env, keyFingerprint, keyPlace } = opened.target;
    try {
      const written = await writeBackup(database, resolve(out), { createdAt: now, keyFingerprint });
      if (!written.ok) return exitWith(io.err, `${NAME}: ${written.issues[0]?.message}`, EXIT.failure);
      const { tables, rows, bytes, migration } = written.value;
      io.out(
        `Backed up ${rows} rows from ${tables} tables of ${describeDatabase(env)} (migration ${migration.latest}) ` +
          `to ${out} (${formatBytes(bytes)}).`,
      );
      io.out(
        keyFingerprint
          ? `The encryption key is not in this file (its fingerprint is ${keyFingerprint}). Keep a copy of ${keyPlace} ` +
              'apart from your backups: without it the private notes in this backup cannot be read.'
          : 'No encryption key was found for this database, so the backup records none.',
      );
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};

function defaultFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '').replace('T', '-');
  return `counterpart-backup-${stamp}.jsonl.gz`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
