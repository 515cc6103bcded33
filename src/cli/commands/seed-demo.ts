import { type Command, EXIT, exitWith } from '#cli/command';
import { closeDeps, describeDatabase, openDeps } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { type DemoLogin, seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD } from '#store/demo/demo-people';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Load the demo organisation (Northwind Energy)',
  help: `Usage: counterpart seed-demo

Loads the demo organisation, Northwind Energy: about 60 employees with reporting lines and one
login per role (password "${DEMO_PASSWORD}"). On the embedded database \`counterpart serve\` does
this by itself the first time; on PostgreSQL it happens only when you run this command.`,
  run: async (args, io) => {
    if (wantsHelp(args)) return exitWith(io.out, seedDemoCommand.help, EXIT.ok);
    const parsed = parseCliArgs(args, {});
    if (!parsed.ok)
      return exitWith(io.err, `counterpart seed-demo: ${parsed.issues[0]?.message}`, EXIT.usage);
    const opened = await openDeps(io);
    if (!opened.ok) return exitWith(io.err, opened.message, EXIT.failure);
    try {
      const seeded = await seedDemoOrganisation(opened.deps);
      if (!seeded.ok)
        return exitWith(io.err, seeded.issues[0]?.message ?? 'The demo could not be loaded.', EXIT.failure);
      io.out(`Loaded the demo organisation into ${describeDatabase(opened.deps.env)}.`);
      io.out(formatDemoLogins(seeded.value.logins));
      return EXIT.ok;
    } finally {
      await closeDeps(opened.deps);
    }
  },
};

export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  const rows = logins.map((l) => `  ${l.email.padEnd(width)}  ${l.label}`);
  return [`Sign in as any of these (password: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
