/**
 * `tsx bench/impact-profile.ts [pairs] [runs]`: where the impact dashboard's time goes on PGlite — each
 * store read and each core of `describeImpact` on its own, then the whole dashboard and the report
 * PDF — in wall-clock and CPU milliseconds (medians of `runs`, default 5). The seeded database
 * (bench/impact-seed.ts) is kept as a tarball in the temporary directory, so seeding runs once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { measureEngagement } from '#core/impact/engagement';
import { impactReportOutline } from '#core/impact/impact-report-outline';
import { learningExchange } from '#core/impact/learning-exchange';
import { funnelOverTime, participationFunnel } from '#core/impact/participation-funnel';
import { compareRetention } from '#core/impact/retention-comparison';
import { impactReportPdf } from '#server/reports/impact-report-pdf';
import { describeImpact } from '#server/use-cases/describe-impact';
import { fromPglite } from '#store/database';
import {
  listPairEngagement,
  listParticipantJourneys,
  listProgramLessons,
  listRetentionRecords,
} from '#store/impact-store';
import { NOW, seed } from './impact-seed';

const PAIRS = Number(process.argv[2] ?? 5_000);
const RUNS = Number(process.argv[3] ?? 5);
const cache = join(tmpdir(), `counterpart-impact-bench-${PAIRS}.tar.gz`);

async function open(): Promise<PGlite> {
  if (existsSync(cache)) return PGlite.create({ loadDataDir: new Blob([readFileSync(cache)]) });
  const client = await PGlite.create();
  const database = fromPglite(client);
  await database.migrate();
  await seed(database, PAIRS);
  writeFileSync(cache, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()));
  return client;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `run` RUNS times and prints its median wall-clock and CPU milliseconds; answers its value. */
async function time<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const [cpuBefore, start] = [process.cpuUsage(), performance.now()];
    value = await run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${label.padEnd(24)} wall ${median(wall).toFixed(0).padStart(5)} ms, CPU ${median(cpu).toFixed(0).padStart(5)} ms`,
  );
  return value as T;
}

const client = await open();
const { db } = fromPglite(client);
const [org, program, minGroupSize] = ['org', 'prg', 5];
const end = new Date('2026-11-30T00:00:00Z');
const journeys = await time('store: journeys', () => listParticipantJourneys(db, org, program, end));
const pairs = await time('store: engagement', () => listPairEngagement(db, org, program, NOW));
const lessons = await time('store: lessons', () => listProgramLessons(db, org, program));
const employment = await time('store: retention', () => listRetentionRecords(db, org, program));
await time('core: funnel now', () => participationFunnel(journeys, { asOf: NOW, minGroupSize }));
await time('core: funnel by month', () =>
  funnelOverTime(journeys, { from: '2025-12-01', to: '2026-06-01', unit: 'month', minGroupSize }),
);
await time('core: engagement', () => measureEngagement(pairs, { now: NOW, minGroupSize }));
await time('core: learning', () => learningExchange(lessons, { minGroupSize }));
await time('core: retention', () =>
  compareRetention({ programStart: '2025-12-01', asOf: '2026-06-01', ...employment }, { minGroupSize }),
);
const caller = { orgId: org, roles: ['program_manager' as const], personId: null };
const impact = async () => {
  const result = await describeImpact(db, caller, program, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};
await time('impact dashboard', impact);
await time('report PDF', async () => {
  const value = await impact();
  return impactReportPdf(impactReportOutline({ ...value, funnel: value.funnel.now }));
});
await client.close();
