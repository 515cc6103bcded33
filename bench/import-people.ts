/**
 * `npm run bench:import`: a realistic 50,000-person file (a management tree, several sites, some
 * leavers; fixed seed) timed three ways: parse + validate only, a first import into a fresh
 * organisation, and a re-import of a changed file (updates, moves, leavers). PGlite always; PostgreSQL
 * too when TEST_DATABASE_URL is set. A benchmark, not a test: it prints a table for docs/benchmarks.md.
 */
import { availableParallelism, cpus } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { readPeopleFile } from '#core/people-import/read-people-file';
import { timeZoneLookup } from '#core/people-import/time-zones';
import { importPeople } from '#server/use-cases/import-people';
import { type Database, fromPglite } from '#store/database';
import { markdownTable, withScratchPostgres } from './bench-kit';
import { insertOrganisation } from '#store/organisations-store';
import { seededRandom } from '#tests/fixtures/random-scores';

const SIZE = Number(process.argv[2] ?? 50_000);
const SITES = [
  ['London', 'Europe/London'],
  ['Lisbon', 'Europe/Lisbon'],
  ['Berlin', 'Europe/Berlin'],
  ['New York', 'America/New_York'],
  ['Toronto', 'America/Toronto'],
  ['Singapore', 'Asia/Singapore'],
] as const;
const DEPARTMENTS = ['Engineering', 'Finance', 'Sales', 'Marketing', 'Operations', 'People', 'Legal'];
const TITLES = ['Analyst', 'Engineer', 'Specialist', 'Coordinator', 'Consultant'];

/** Person i reports to someone earlier (a tree: 1 CEO, spans of about 6), so managers always exist. */
export function peopleCsv(size: number, seed: number, variant = 0): string {
  const random = seededRandom(seed);
  const lines = [
    'email,name,title,level,department,manager_email,location,time_zone,hire_date,employment_status,end_date',
  ];
  for (let i = 0; i < size; i++) {
    const manager = i === 0 ? '' : `person${Math.floor((i - 1) / 6)}@corp.example`;
    const [location, zone] = SITES[Math.floor(random() * SITES.length)]!;
    const level = Math.max(1, 12 - Math.floor(Math.log(i + 1) / Math.log(6)) * 2 - Math.floor(random() * 2));
    const year = 2000 + Math.floor(random() * 25);
    const hire = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const leaving = random() < 0.02;
    const title = `"${TITLES[i % TITLES.length]}, ${DEPARTMENTS[i % DEPARTMENTS.length]}${variant && i % 10 === 0 ? ' (senior)' : ''}"`;
    lines.push(
      [
        `person${i}@corp.example`,
        `Person ${i} Lastname`,
        title,
        level,
        DEPARTMENTS[i % DEPARTMENTS.length],
        manager,
        location,
        zone,
        hire,
        leaving ? 'left' : 'active',
        leaving ? '2026-03-31' : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { seconds: (performance.now() - start) / 1000, value };
}

async function importInto(database: Database, label: string, rows: string[][]) {
  const org = await insertOrganisation(database.db, { slug: 'bench', name: 'Bench' });
  const deps = { database, now: () => new Date('2026-05-04T12:00:00Z') };
  const run = (file: string) => async () => {
    const result = await importPeople(deps, {
      orgId: org.id,
      file: new TextEncoder().encode(file),
      dryRun: false,
      markMissingAsLeavers: true,
      actorAccountId: null,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return result.value.counts;
  };
  const first = await timed(run(peopleCsv(SIZE, 42)));
  rows.push([
    label,
    'first import (validate + write)',
    first.seconds.toFixed(2),
    JSON.stringify(first.value),
  ]);
  // re-import: a tenth retitled, the last 1% gone (marked as left)
  const changed = peopleCsv(SIZE, 42, 1)
    .split('\r\n')
    .slice(0, -Math.ceil(SIZE / 100) - 1)
    .join('\r\n');
  const again = await timed(run(changed));
  rows.push([
    label,
    're-import (10% changed, 1% missing)',
    again.seconds.toFixed(2),
    JSON.stringify(again.value),
  ]);
}

const rows: string[][] = [];
const file = peopleCsv(SIZE, 42);
const validated = await timed(() =>
  readPeopleFile(file, { existing: new Map(), timeZoneOf: timeZoneLookup() }),
);
if (!validated.value.ok) throw new Error('the generated file should be valid');
rows.push([
  'core',
  'parse + validate',
  validated.seconds.toFixed(2),
  `${validated.value.value.length} people`,
]);

const client = await PGlite.create();
const pglite = fromPglite(client);
await pglite.migrate();
await importInto(pglite, 'PGlite', rows);
await pglite.close();

const url = process.env.TEST_DATABASE_URL;
if (url) await withScratchPostgres(url, (database) => importInto(database, 'PostgreSQL', rows));

console.log(
  `${SIZE.toLocaleString('en')} people, ${(file.length / 1e6).toFixed(1)} MB; ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}`,
);
console.log(markdownTable(['database', 'step', 'seconds', 'result'], rows));
