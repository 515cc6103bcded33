/**
 * `npm run bench:load` (issue 9): how much mixed traffic the real server carries on this machine.
 * An organisation of 5,000 people with a program of 1,000 active pairs and its history
 * (bench/load-seed.ts) is seeded into PGlite (a temporary data directory) and into a fresh PostgreSQL
 * database (next to TEST_DATABASE_URL's, default postgres://postgres@127.0.0.1:5432/postgres, dropped
 * after); `counterpart serve` runs on each as its own process, and wrk (bench/load-wrk.ts) sends
 * the mixed workload of bench/load-workload.ts as signed-in participants and program managers — after
 * a warm-up, for a fixed time. A bare Fastify route, measured the same way in the same run, is the
 * ceiling. The impact dashboard is measured on its own, one request at a time. A benchmark, not a
 * test: it prints tables for docs/benchmarks.md and whether each target is met, and exits 0 either way.
 *
 * Settings (environment): LOAD_SECONDS (default 10) per target, LOAD_WARMUP_SECONDS (3),
 * LOAD_CONNECTIONS (10), LOAD_IMPACT_SECONDS (5; 0 skips the impact dashboard), LOAD_LOG_LEVEL (the
 * server's LOG_LEVEL, default warn), LOAD_TARGETS (comma-separated from ceiling,pglite,postgres),
 * LOAD_POSTGRES_PROCESSES (the PostgreSQL server's SERVER_PROCESSES, default 2),
 * LOAD_SERVER_NODE_ARGS (space-separated options for the servers' node, e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where their time goes).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '#store/database';
import { markdownTable, withScratchPostgres } from './bench-kit';
import {
  endpointRows,
  type Goal,
  SUMMARY_HEADER,
  summaryRow,
  type TargetResult,
  verdict,
} from './load-report';
import { LOAD_PAIRS, LOAD_PEOPLE, type LoadUsers, seedLoad } from './load-seed';
import { postgresCpuSeconds, type RunningServer, startBareFastify, startCounterpart } from './load-server';
import { impactDashboard, mixedWorkload, mixShares } from './load-workload';
import { drive, type LoadRequest } from './load-wrk';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const IMPACT_SECONDS = Number(process.env.LOAD_IMPACT_SECONDS ?? 5);
const LOG_LEVEL = process.env.LOAD_LOG_LEVEL ?? 'warn';
const TARGETS = (process.env.LOAD_TARGETS ?? 'ceiling,pglite,postgres').split(',');
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * Two server processes on PostgreSQL: one Node process is what limits a request's path on this
 * machine, and with wrk as the generator a second one used the cores' idle time (ADR 019's second
 * addendum, docs/benchmarks.md).
 */
const POSTGRES_PROCESSES = Number(process.env.LOAD_POSTGRES_PROCESSES ?? 2);
const SERVER_NODE_ARGS = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

const GOALS: Goal[] = [
  { target: 'PostgreSQL', minRps: 1000, maxP99Ms: 100 },
  { target: 'PGlite', minRps: 200, maxP99Ms: 100 },
];

const began = performance.now();
const mixed: TargetResult[] = [];
const impact: TargetResult[] = [];
const notes: string[] = [];

/** Drives `server` with `request` for `seconds`, counting the CPU time of the server and of this process. */
async function measure(
  target: string,
  server: RunningServer,
  requests: readonly LoadRequest[],
  connections: number,
  seconds: number,
): Promise<TargetResult> {
  const serverCpu = server.cpuSeconds();
  const databaseCpu = target === 'PostgreSQL' ? postgresCpuSeconds() : Number.NaN;
  const run = await drive(server.url, requests, connections, seconds);
  return {
    target,
    run,
    serverCpuSeconds: server.cpuSeconds() - serverCpu,
    generatorCpuSeconds: run.generatorCpuSeconds,
    databaseCpuSeconds: target === 'PostgreSQL' ? postgresCpuSeconds() - databaseCpu : Number.NaN,
  };
}

/** Warms `server` up with `request`, then measures it. */
async function warmAndMeasure(target: string, server: RunningServer, requests: readonly LoadRequest[]) {
  if (WARMUP_SECONDS > 0) await drive(server.url, requests, CONNECTIONS, WARMUP_SECONDS);
  return measure(target, server, requests, CONNECTIONS, SECONDS);
}

/** The mixed workload, then the impact dashboard alone, against a running `counterpart serve`. */
async function measureCounterpart(target: string, server: RunningServer, users: LoadUsers) {
  try {
    mixed.push(await warmAndMeasure(target, server, mixedWorkload(users)));
    if (IMPACT_SECONDS > 0)
      impact.push(await measure(target, server, impactDashboard(users), 1, IMPACT_SECONDS));
  } finally {
    await server.stop();
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;

if (TARGETS.includes('ceiling')) {
  log(`[${elapsed()}] bare Fastify ceiling`);
  const server = await startBareFastify();
  const ceiling: LoadRequest[] = [
    { endpoint: 'GET /api/health (bare)', method: 'GET', path: '/api/health', headers: {} },
  ];
  try {
    mixed.push(await warmAndMeasure('bare Fastify (ceiling)', server, ceiling));
  } finally {
    await server.stop();
  }
}

if (TARGETS.includes('pglite')) {
  const dataDir = mkdtempSync(join(tmpdir(), 'counterpart-load-'));
  try {
    log(`[${elapsed()}] PGlite: seeding ${dataDir}`);
    const opened = await openDatabase({ dataDir });
    if (!opened.ok) throw new Error(opened.issues[0]?.message);
    await opened.value.migrate();
    const seeded = await seedLoad(opened.value);
    await opened.value.close();
    notes.push(`PGlite seeded in ${seeded.seconds.toFixed(1)} s`);
    log(`[${elapsed()}] PGlite: serving`);
    const server = await startCounterpart(
      { COUNTERPART_DATA_DIR: dataDir, SEED_DEMO: 'never', LOG_LEVEL },
      SERVER_NODE_ARGS,
    );
    await measureCounterpart('PGlite', server, seeded.users);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (TARGETS.includes('postgres')) {
  try {
    await withScratchPostgres(POSTGRES_URL, async (database, databaseUrl) => {
      log(`[${elapsed()}] PostgreSQL: seeding`);
      const seeded = await seedLoad(database);
      notes.push(`PostgreSQL seeded in ${seeded.seconds.toFixed(1)} s`);
      log(`[${elapsed()}] PostgreSQL: serving`);
      const server = await startCounterpart(
        {
          DATABASE_URL: databaseUrl,
          ENCRYPTION_KEY: randomBytes(32).toString('base64'),
          LOG_LEVEL,
          SERVER_PROCESSES: String(POSTGRES_PROCESSES),
        },
        SERVER_NODE_ARGS,
      );
      await measureCounterpart('PostgreSQL', server, seeded.users);
    });
  } catch (error) {
    notes.push(`PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const seconds = ((performance.now() - began) / 1000).toFixed(0);
console.log(
  [
    `${LOAD_PEOPLE.toLocaleString('en')} people, ${LOAD_PAIRS.toLocaleString('en')} pairs (1,000 active); ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`,
    `${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS} s per target; server LOG_LEVEL=${LOG_LEVEL}; PostgreSQL's server SERVER_PROCESSES=${POSTGRES_PROCESSES}; ${notes.join('; ')}`,
    '',
    markdownTable(SUMMARY_HEADER, mixed.map(summaryRow)),
    '',
    `The mix: ${mixShares()
      .map((e) => `${e.name} ${e.percent.toFixed(0)}%`)
      .join(', ')}.`,
    '',
    markdownTable(
      ['target', 'endpoint', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
      [...mixed, ...impact].flatMap(endpointRows),
    ),
    '',
    ...(impact.length > 0
      ? [
          `The impact dashboard alone, one connection, ${IMPACT_SECONDS} s:`,
          '',
          markdownTable(
            ['target', 'requests/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
            impact.map(summaryRow),
          ),
          '',
        ]
      : []),
    ...GOALS.map((goal) =>
      verdict(
        goal,
        mixed.find((m) => m.target === goal.target),
      ),
    ),
    `Whole run: ${seconds} s.`,
  ].join('\n'),
);
