import cluster from 'node:cluster';
import { type CliIo, type Command, EXIT } from '#cli/command';
import { formatDemoLogins } from '#cli/commands/seed-demo';
import { closeDeps, describeDatabase, openDeps } from '#cli/open-deps';
import { superviseWorkers } from '#cli/commands/serve-workers';
import { parseCliArgs, wantsHelp } from '#cli/parse-args';
import { createForwardingJobQueue } from '#jobs/forwarding-job-queue';
import { JOBS } from '#jobs/job-list';
import { type JobRuntime, startJobRuntime } from '#jobs/job-runtime';
import type { FastifyInstance } from 'fastify';
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
\`counterpart seed-demo\`). With DATABASE_URL, SERVER_PROCESSES=N answers requests with N
processes sharing PORT (one per CPU core is a good start). See README.md for every setting.`,
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
    if (cluster.isWorker) return serveAsWorker(io);
    const opened = await openDeps(io);
    if (!opened.ok) {
      io.err(opened.message);
      return EXIT.failure;
    }
    // openDeps' inline queue: the demo loads like `counterpart seed-demo`, before any job runs
    const { deps } = opened;
    const logins = await seedDemoIfWanted(deps, io);
    if (deps.env.serverProcesses === 1) return serveWith(deps, io, banner(deps, logins));
    // migrated and seeded once here; each worker opens its own connections (ADR 019)
    const text = banner(deps, logins);
    await closeDeps(deps);
    return superviseWorkers(deps.env.serverProcesses, io, text);
  },
};

/** A worker of several server processes: its own connections, no demo, the supervisor speaks for it. */
async function serveAsWorker(io: CliIo): Promise<number> {
  const opened = await openDeps(io);
  if (!opened.ok) {
    io.err(opened.message);
    return EXIT.failure;
  }
  const code = await serveWith(opened.deps, { ...io, out: () => {} }, undefined);
  cluster.worker?.disconnect(); // the channel to the supervisor would keep this process alive
  return code;
}

/** Answers requests and runs background jobs until SIGINT or SIGTERM, then drains both and closes. */
async function serveWith(deps: AppDeps, io: CliIo, bannerText: string | undefined): Promise<number> {
  const jobs = createForwardingJobQueue();
  const app = await buildApp({ ...deps, jobs: jobs.queue });
  try {
    await app.listen({ port: deps.env.port, host: deps.env.host });
  } catch (error) {
    io.err(`Could not listen on ${deps.env.host}:${deps.env.port}: ${describe(error)}`);
    jobs.fail(new Error('The server did not start.'));
    await app.close();
    await closeDeps(deps);
    return EXIT.failure;
  }
  let runtime: JobRuntime;
  try {
    runtime = await startJobRuntime(deps, deps.database.jobsConnection, JOBS, { logger: app.log });
  } catch (error) {
    io.err(`Background jobs could not start: ${describe(error)}`);
    jobs.fail(new Error('Background jobs could not start.'));
    await app.close();
    await closeDeps(deps);
    return EXIT.failure;
  }
  jobs.attach(runtime.queue);
  // listen for the signals before saying we are up: whoever reads the banner may stop us at once
  const signal = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  if (bannerText) io.out(bannerText);
  io.out(`\n${await signal}: finishing requests and background jobs in progress, then stopping.`);
  await closeWithin(app, REQUEST_DRAIN_MS, io);
  await runtime.stop().catch((error) => io.err(`Background jobs did not stop cleanly: ${describe(error)}`));
  await closeDeps(deps);
  return EXIT.ok;
}

/**
 * How long a stop waits for requests in flight. Without a bound one stalled client (an upload that
 * stopped half-way) holds the process until Node's request timeout, minutes later; the background
 * jobs then get their own drain (job-runtime's drainSeconds).
 */
const REQUEST_DRAIN_MS = 10_000;

/** Closes the server: no new connections, requests in flight finish, those still open at `ms` are cut. */
async function closeWithin(
  app: FastifyInstance,
  ms: number,
  io: { err: (s: string) => void },
): Promise<void> {
  const closed = app.close();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  if ((await Promise.race([closed, late])) === 'late') {
    io.err(`Requests still open after ${ms / 1000} s were cut off.`);
    app.server.closeAllConnections();
  }
  clearTimeout(timer);
  await closed;
}

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
    ...(deps.env.serverProcesses > 1 ? [`  processes: ${deps.env.serverProcesses} (SERVER_PROCESSES)`] : []),
    `  email:    ${deps.mailer.mode === 'smtp' ? 'sent by SMTP' : 'kept in the outbox (no SMTP_URL): org admins read it under Admin → Outbox'}`,
    `  API docs: ${url}/api/docs`,
    ...(demoLogins ? ['', 'Loaded the demo organisation, Northwind Energy.', demoLogins] : []),
    '',
    'Press Ctrl+C to stop.',
  ].join('\n');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
