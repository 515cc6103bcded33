/**
 * `npm run bench:impact`: a program of 10,000 participants (5,000 pairs) six months into a year,
 * in an organisation of 50,000 people, with its history — enrollments, agreements, a meeting every
 * two weeks per pair (held, missed or to come, with pulses), skills taught both ways, goals (seeded by
 * bench/impact-seed.ts) — and timed on it: the impact dashboard (`describeImpact`, what
 * `GET /api/programs/:id/impact` serves) and the report PDF (the same figures drawn by
 * `GET /api/programs/:id/impact/report.pdf`), each the first call and the median of five more, in
 * wall-clock seconds and in this process's CPU seconds (on PGlite the database runs in this process,
 * so CPU time is what the wall clock would read on an otherwise idle machine). PGlite always;
 * PostgreSQL too when TEST_DATABASE_URL is set. `tsx bench/impact.ts 500` runs a smaller program.
 * A benchmark, not a test: it prints a table for docs/benchmarks.md. Target (issue 8): under 2 s.
 */
import { availableParallelism, cpus } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { impactReportOutline } from '#core/impact/impact-report-outline';
import { impactReportPdf } from '#server/reports/impact-report-pdf';
import { describeImpact } from '#server/use-cases/describe-impact';
import { type Database, fromPglite } from '#store/database';
import { markdownTable, withScratchPostgres } from './bench-kit';
import { NOW, PEOPLE, seed, timed } from './impact-seed';

const PAIRS = Number(process.argv[2] ?? 5_000);
const RUNS = 5;

type Timing = { seconds: number; cpuSeconds: number };

/** `run`'s wall-clock and CPU seconds (this process's user and system time). */
async function clocked<T>(run: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpu = process.cpuUsage();
  const { seconds, value } = await timed(run);
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, value };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The first call of `run` and the medians of RUNS more. */
async function firstAndMedian<T>(run: () => Promise<T>) {
  const first = await clocked(run);
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await clocked(run));
  const rest = {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
  };
  return { first, rest };
}

const verdict = (t: Timing) =>
  `${t.seconds < 2 ? 'under 2 s' : 'OVER 2 s'}; CPU ${t.cpuSeconds.toFixed(2)} s`;

async function measure(database: Database, label: string, rows: string[][]) {
  const seeded = await seed(database, PAIRS);
  const counts = (await database.db.execute(
    sql.raw(`select (select count(*) from enrollments) as enrollments, (select count(*) from pairs) as pairs,
      (select count(*) from meetings) as meetings, (select count(*) from meeting_lessons) as lessons`),
  )) as unknown as { rows: Record<string, unknown>[] } | Record<string, unknown>[];
  const row = (Array.isArray(counts) ? counts[0] : counts.rows[0]) ?? {};
  const caller = { orgId: 'org', roles: ['program_manager' as const], personId: null };
  const impact = async () => {
    const result = await describeImpact(database.db, caller, 'prg', NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  };
  const report = async () => {
    const value = await impact();
    return impactReportPdf(impactReportOutline({ ...value, funnel: value.funnel.now }));
  };
  const dashboard = await firstAndMedian(impact);
  const pdf = await firstAndMedian(report);
  const stage = dashboard.first.value.funnel.now.find((s) => s.stage === 'active')?.overall;
  const shown = stage && !stage.suppressed ? `${stage.people} active` : 'hidden';
  const history = `${row.enrollments} enrollments, ${row.pairs} pairs, ${row.meetings} meetings, ${row.lessons} lessons`;
  rows.push([label, 'seed (SQL)', seeded.toFixed(2), history]);
  rows.push([label, 'impact dashboard, first call', dashboard.first.seconds.toFixed(2), shown]);
  rows.push([
    label,
    `impact dashboard, median of ${RUNS}`,
    dashboard.rest.seconds.toFixed(2),
    verdict(dashboard.rest),
  ]);
  rows.push([
    label,
    'report PDF, first call',
    pdf.first.seconds.toFixed(2),
    `${Math.round(pdf.first.value.length / 1024)} KB`,
  ]);
  rows.push([label, `report PDF, median of ${RUNS}`, pdf.rest.seconds.toFixed(2), verdict(pdf.rest)]);
}

const rows: string[][] = [];
const client = await PGlite.create();
const pglite = fromPglite(client);
await pglite.migrate();
await measure(pglite, 'PGlite', rows);
await pglite.close();

const url = process.env.TEST_DATABASE_URL;
if (url) await withScratchPostgres(url, (database) => measure(database, 'PostgreSQL', rows));

console.log(
  `${PAIRS.toLocaleString('en')} pairs, ${(2 * PAIRS).toLocaleString('en')} participants, ${PEOPLE.toLocaleString('en')} people; ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}`,
);
console.log(markdownTable(['database', 'step', 'seconds', 'result'], rows));
