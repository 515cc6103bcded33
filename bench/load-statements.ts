/**
 * `npm run bench:load:statements`: what each endpoint of the load benchmark's mix costs the server,
 * without HTTP or a load generator — SQL statements sent per request, the server's CPU time per request
 * and the database's (every `postgres` process on the machine), on PostgreSQL (a scratch database
 * seeded as bench/load.ts seeds it) or, with LOAD_STATEMENTS_DRIVER=pglite, on PGlite (the server's CPU
 * then includes the database's). The app runs in this
 * process and every request goes through `app.inject()`, each from a different signed-in user; the
 * statements are counted where node-postgres sends them. It tells where bench/load.ts's throughput goes.
 * Settings: LOAD_STATEMENTS_REQUESTS (requests per endpoint, default 400), LOAD_STATEMENTS_ONLY (only
 * the endpoints whose name contains it), LOAD_STATEMENTS_SHOW (print one request's statements).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createInlineJobQueue } from '#jobs/inline-job-queue';
import { JOBS } from '#jobs/job-list';
import type { AppDeps } from '#server/app-deps';
import { buildApp } from '#server/app';
import { deriveKeys } from '#server/crypto/keys';
import { parseEnv } from '#server/env';
import { createMailer } from '#server/mail/mailer';
import { type Database, openDatabase } from '#store/database';
import { markdownTable, withScratchPostgres } from './bench-kit';
import { seedLoad } from './load-seed';
import { postgresCpuSeconds } from './load-server';
import { requestsByEndpoint } from './load-workload';

const REQUESTS = Number(process.env.LOAD_STATEMENTS_REQUESTS ?? 400);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let statements = 0;
let shown: string[] | undefined;
const send = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements++;
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text;
  shown?.push(text ?? '?');
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof send;

async function measure(database: Database, onPostgres: boolean) {
  const seeded = await seedLoad(database);
  const env = parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000' });
  if (!env.ok) throw new Error('environment');
  const deps: AppDeps = {
    database,
    env: env.value,
    mailer: createMailer(
      { smtpUrl: undefined, from: env.value.mailFrom, publicUrl: env.value.publicUrl },
      { error: () => {} },
    ),
    keys: deriveKeys(randomBytes(32).toString('base64')),
    now: () => new Date(),
    jobs: createInlineJobQueue(JOBS, () => deps),
  };
  const app = await buildApp(deps, { logger: false });
  const rows: string[][] = [];
  const only = process.env.LOAD_STATEMENTS_ONLY;
  for (const endpoint of requestsByEndpoint(seeded.users).filter((e) => !only || e.name.includes(only))) {
    const run = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const request = endpoint.requests[i % endpoint.requests.length]!;
        const response = await app.inject({
          method: request.method,
          url: request.path,
          headers: request.headers,
          ...(typeof request.body === 'string' ? { payload: request.body } : {}),
        });
        if (response.statusCode >= 300)
          throw new Error(`${endpoint.name}: ${response.statusCode} ${response.body}`);
      }
    };
    shown = process.env.LOAD_STATEMENTS_SHOW ? [] : undefined;
    await run(1);
    if (shown) console.log(`\n## ${endpoint.name}\n${shown.map((t) => `- ${t.slice(0, 600)}`).join('\n')}`);
    shown = undefined;
    await run(Math.min(50, REQUESTS));
    statements = 0;
    const cpu = process.cpuUsage();
    const databaseCpu = onPostgres ? postgresCpuSeconds() : Number.NaN;
    const began = performance.now();
    await run(REQUESTS);
    const used = process.cpuUsage(cpu);
    const databaseMs = ((postgresCpuSeconds() - databaseCpu) * 1000) / REQUESTS;
    rows.push([
      endpoint.name,
      (statements / REQUESTS).toFixed(1),
      ((used.user + used.system) / 1000 / REQUESTS).toFixed(2),
      onPostgres ? databaseMs.toFixed(2) : '—',
      ((performance.now() - began) / REQUESTS).toFixed(2),
    ]);
  }
  await app.close();
  console.log(
    markdownTable(
      ['endpoint', 'statements/request', 'CPU ms/request', 'database CPU ms/request', 'wall ms/request'],
      rows,
    ),
  );
}

if (process.env.LOAD_STATEMENTS_DRIVER === 'pglite') {
  // the embedded database runs in this process: its CPU time is in the figures, its statements are not counted
  const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-statements-'));
  try {
    const opened = await openDatabase({ dataDir });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    await opened.value.migrate();
    try {
      await measure(opened.value, false);
    } finally {
      await opened.value.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
} else {
  await withScratchPostgres(POSTGRES_URL, (database) => measure(database, true));
}
