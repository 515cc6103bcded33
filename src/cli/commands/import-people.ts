import { readFile } from 'node:fs/promises';
import { type Command, EXIT, exitWith } from '#cli/command';
import { closeDeps, openDeps } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import type { Issue } from '#core/result';
import { importPeople } from '#server/use-cases/import-people';
import { findOrganisationBySlug } from '#store/organisations-store';

const NAME = 'counterpart import-people';

export const importPeopleCommand: Command = {
  name: 'import-people',
  summary: "Import an organisation's employees from a CSV file (checked first; nothing written on any error)",
  help: `Usage: counterpart import-people FILE --org SLUG [--dry-run] [--no-mark-leavers]

  FILE               a CSV file (UTF-8, comma or semicolon); columns in docs/people-csv.md
  --org SLUG         the organisation to import into
  --dry-run          check the file and print what would change, without writing
  --mark-leavers     mark people in the organisation but not in the file as having left (the default)
  --no-mark-leavers  leave people who are not in the file as they are

People are matched by email; only the columns in the file are updated. With any problem in the file,
nothing is written: each problem is printed with its row and column, and the exit code is 1.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, importPeopleCommand.help, EXIT.ok);
    const parsed = parseCliArgs(
      args,
      {
        org: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'mark-leavers': { type: 'boolean' },
        'no-mark-leavers': { type: 'boolean' },
      },
      true,
    );
    if (!parsed.ok) return exitWith(io.err, `${NAME}: ${parsed.issues[0]?.message}`, EXIT.usage);
    const { values, positionals } = parsed.value;
    if (positionals.length !== 1) {
      return exitWith(io.err, `${NAME}: give exactly one FILE (see --help)`, EXIT.usage);
    }
    if (typeof values.org !== 'string')
      return exitWith(io.err, `${NAME}: missing --org SLUG (see --help)`, EXIT.usage);
    if (values['mark-leavers'] && values['no-mark-leavers']) {
      return exitWith(io.err, `${NAME}: choose --mark-leavers or --no-mark-leavers, not both`, EXIT.usage);
    }
    const path = positionals[0]!;
    let file: Uint8Array;
    try {
      file = new Uint8Array(await readFile(path));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
      return exitWith(io.err, `${NAME}: ${path}: ${reason}`, EXIT.failure);
    }
    const opened = await openDeps(io);
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    try {
      const org = await findOrganisationBySlug(opened.deps.database.db, values.org);
      if (!org)
        return exitWith(io.err, `${NAME}: no organisation with the slug "${values.org}"`, EXIT.failure);
      const dryRun = values['dry-run'] === true;
      const result = await importPeople(opened.deps, {
        orgId: org.id,
        file,
        dryRun,
        markMissingAsLeavers: values['no-mark-leavers'] !== true,
        actorAccountId: null,
      });
      if (!result.ok) {
        const n = result.issues.length;
        io.err(`${path}: ${n === 1 ? '1 problem' : `${n} problems`}; nothing was imported.`);
        for (const problem of result.issues) io.err(describeIssue(problem));
        return EXIT.failure;
      }
      const { created, updated, markedLeft, unchanged } = result.value.counts;
      io.out(
        dryRun
          ? `Dry run for ${org.name}, nothing written: ${created} to create, ${updated} to update, ${markedLeft} to mark as left, ${unchanged} unchanged.`
          : `Imported into ${org.name}: ${created} created, ${updated} updated, ${markedLeft} marked as left, ${unchanged} unchanged.`,
      );
      return EXIT.ok;
    } finally {
      await closeDeps(opened.deps);
    }
  },
};

/** `row 12, manager_email: Unknown manager ...` */
export function describeIssue(problem: Issue): string {
  const [row, column] = problem.path;
  const where = [row === undefined ? 'file' : `row ${row}`, column].filter((p) => p !== undefined).join(', ');
  return `${where}: ${problem.message}`;
}
