import { type Command, EXIT, exitWith } from '#cli/command';
import { openBackupTarget } from '#cli/open-backup-database';
import { describeDatabase } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { restoreBackup } from '#store/backup-restore';

const NAME = 'counterpart restore';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a file written by `counterpart backup` into an empty database',
  help: `Usage: counterpart restore FILE [--force] [--accept-unreadable-notes]

  FILE                       a file written by \`counterpart backup\` (from PGlite or PostgreSQL)
  --force                    the database already holds data: delete every row first (in the same
                             transaction as the restore, so a failed restore leaves them as they were)
  --accept-unreadable-notes  restore even though the encryption key set here is not the one the
                             backup was made with: private notes then cannot be read, and calendar
                             subscription and unsubscribe links stop working

Restores into the database named by DATABASE_URL, or the embedded database in COUNTERPART_DATA_DIR,
which should be new and empty: restore before the first \`counterpart serve\` on it, or the demo or
your own data is already there and you need --force. The whole file is checked before anything is
written; a damaged or cut-short file is refused. The database is brought to the backup's migration
level, every row goes in in one transaction, then any newer migrations run. A backup made by a newer
Counterpart is refused: upgrade first.

Set ENCRYPTION_KEY to the key the backup was made with (on the embedded database, or copy its
encryption.key into the data directory) so private notes can be read.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, restoreCommand.help, EXIT.ok);
    const parsed = parseCliArgs(
      args,
      { force: { type: 'boolean' }, 'accept-unreadable-notes': { type: 'boolean' } },
      true,
    );
    if (!parsed.ok) return exitWith(io.err, `${NAME}: ${parsed.issues[0]?.message}`, EXIT.usage);
    const { values, positionals } = parsed.value;
    if (positionals.length !== 1)
      return exitWith(io.err, `${NAME}: give exactly one FILE (see --help)`, EXIT.usage);
    const file = positionals[0]!;
    const opened = await openBackupTarget(io, 'restore');
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    const { database, env, keyFingerprint } = opened.target;
    try {
      const restored = await restoreBackup(database, file, {
        force: values.force === true,
        keyFingerprint,
        acceptKeyChange: values['accept-unreadable-notes'] === true,
        report: io.out,
      });
      if (!restored.ok) {
        for (const problem of restored.issues) io.err(`${NAME}: ${problem.message}`);
        return EXIT.failure;
      }
      const { header, rows, tables } = restored.value;
      io.out(
        `Restored ${rows} rows in ${tables} tables into ${describeDatabase(env)}, from the backup made on ` +
          `${header.createdAt} (Counterpart ${header.appVersion}, ${header.source === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}).`,
      );
      if (header.encryptionKeyFingerprint && header.encryptionKeyFingerprint !== keyFingerprint)
        io.out('The encryption key differs from the backup’s: its private notes cannot be read here.');
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
