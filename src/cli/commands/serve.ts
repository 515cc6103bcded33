import { type Command, EXIT } from '#cli/command';
import { formatDemoLogins } from '#cli/commands/seed-demo';
import { closeDeps, describeDatabase, openDeps } from '#cli/open-deps';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { buildApp } from '#server/app';
import type { AppDeps } from '#server/app-deps';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { countOrganisations } from '#store/organisations-store';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web app and API',
  help: `Usage: counterpart serve

Runs Counterpart on PORT (default 3000). Without DATABASE_URL it uses the embedded database in
COUNTERPART_DATA_DIR (default ./data), and loads the demo organisation the first time. With
DATABASE_URL it uses that PostgreSQL server and loads no demo unless SEED_DEMO=always (or run
\`counterpart seed-demo\`). See README.md for every setting.`,
  run: async (args, io) => {
    if (wantsHelp(args)) {
      io.out(serveCommand.help);
      return EXIT.ok;
    }
    const parsed = parseCliArgs(args, {});
    if (!parsed.ok) {
      io.err(`counterpart serve: ${parsed.issues[0]?.message}`);
      return EXIT.usage;
    }
    const opened = await openDeps(io);
    if (!opened.ok) {
      io.err(opened.message);
      return EXIT.failure;
    }
    const { deps } = opened;
    const logins = await seedDemoIfWanted(deps, io);
    const app = await buildApp(deps);
    try {
      await app.listen({ port: deps.env.port, host: deps.env.host });
    } catch (error) {
      io.err(
        `Could not listen on ${deps.env.host}:${deps.env.port}: ${error instanceof Error ? error.message : String(error)}`,
      );
      await app.close();
      await closeDeps(deps);
      return EXIT.failure;
    }
    io.out(banner(deps, logins));
    return new Promise<number>((resolve) => {
      const stop = async (signal: string) => {
        io.out(`\n${signal}: finishing requests in flight, then stopping.`);
        await app.close();
        await closeDeps(deps);
        resolve(EXIT.ok);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
  },
};

/** The demo goes into an empty embedded database by default, into PostgreSQL only when asked. */
async function seedDemoIfWanted(
  deps: AppDeps,
  io: { err: (s: string) => void },
): Promise<string | undefined> {
  const { seedDemo } = deps.env;
  const wanted = seedDemo === 'always' || (seedDemo === 'auto' && deps.database.driver === 'pglite');
  if (!wanted || (await countOrganisations(deps.database.db)) > 0) return undefined;
  const seeded = await seedDemoOrganisation(deps);
  if (!seeded.ok) {
    io.err(seeded.issues[0]?.message ?? 'The demo organisation could not be loaded.');
    return undefined;
  }
  return formatDemoLogins(seeded.value.logins);
}

function banner(deps: AppDeps, demoLogins: string | undefined): string {
  const url = deps.env.publicUrl;
  return [
    '',
    `Counterpart is running at ${url}`,
    `  database: ${describeDatabase(deps.env)}`,
    `  email:    ${deps.mailer.mode === 'smtp' ? 'sent by SMTP' : 'kept in the outbox (no SMTP_URL): org admins read it under Admin → Outbox'}`,
    `  API docs: ${url}/api/docs`,
    ...(demoLogins ? ['', 'Loaded the demo organisation, Northwind Energy.', demoLogins] : []),
    '',
    'Press Ctrl+C to stop.',
  ].join('\n');
}
