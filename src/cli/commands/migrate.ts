import { type Command, EXIT, exitWith } from '#cli/command';
import { closeDeps, describeDatabase, openDeps } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `Usage: counterpart migrate

Applies every pending migration to the database named by DATABASE_URL, or to the embedded
database in COUNTERPART_DATA_DIR (default ./data). Safe to run more than once, and from several
instances at once on PostgreSQL.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, migrateCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, {});
    if (!parsed.ok) return exitWith(io.err, `counterpart migrate: ${parsed.issues[0]?.message}`, EXIT.usage);
    const opened = await openDeps(io);
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    io.out(`Database is up to date: ${describeDatabase(opened.deps.env)}.`);
    await closeDeps(opened.deps);
    return EXIT.ok;
  },
};
