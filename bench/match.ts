/**
 * `npm run bench:match`: one run, one table (a benchmark, not a test). Every measurement runs in a
 * fresh process (bench/match-worker.ts for ours, bench/scipy_bench.py for scipy) on the same data,
 * timing the solve only; medians of a few runs where cheap. Fixed seeds throughout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findScipyPython } from '#tests/fixtures/python-scipy';
import { seededRandom, skillOverlapScores, uniformScores } from '#tests/fixtures/random-scores';
import { syntheticCohort } from '#tests/fixtures/synthetic-cohort';

const dir = mkdtempSync(join(tmpdir(), 'counterpart-bench-'));
const here = new URL('.', import.meta.url).pathname;
const python = findScipyPython();
const quick = process.argv.includes('--quick');
type Row = Record<string, string>;
const rows: Row[] = [];

function run(command: string, args: string[]): Record<string, number | null> {
  const out = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!);
}
const ours = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(here, 'match-worker.ts'), ...args]);
const scipy = (...args: string[]) =>
  python.python
    ? run(python.python, [join(here, 'scipy_bench.py'), ...args])
    : { seconds: null, total: null };
const secs = (s: number | null | undefined) => (s == null ? 'n/a' : s.toFixed(3));
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a && b ? (a / b).toFixed(2) : 'n/a';
const agree = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null
    ? 'n/a'
    : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))
      ? 'yes'
      : `NO (${a} vs ${b})`;

// Dense: n × n, two kinds.
for (const n of quick ? [500, 1000] : [500, 1000, 2000, 4000]) {
  for (const kind of ['uniform', 'skill'] as const) {
    const seed = n + (kind === 'uniform' ? 1 : 2);
    const matrix = kind === 'uniform' ? uniformScores(n, n, seed) : skillOverlapScores(n, n, seed);
    const file = join(dir, `dense-${kind}-${n}.bin`);
    writeFileSync(file, matrix.scores);
    const runs = n >= 4000 ? '3' : '5';
    const theirs = scipy('dense', file, String(n), runs);
    const mine = ours('dense', kind, String(n), String(seed), runs);
    rows.push({
      case: `dense ${n}×${n} ${kind === 'uniform' ? 'uniform ints 0–1000' : 'skill overlap, 5% forbidden'}`,
      ours: secs(mine.seconds),
      scipy: secs(theirs.seconds),
      ratio: ratio(mine.seconds, theirs.seconds),
      'totals agree': agree(mine.total, theirs.total),
      'our peak MB': `${Math.round(mine.peakMb!)} (solve +${Math.round(mine.solveMb!)})`,
    });
    rmSync(file);
  }
}

/** A sparse graph: K distinct random candidates per row, two-way skill-overlap scores + 1 (scipy drops zero weights). */
function writeSparse(n: number, k: number, seed: number): string {
  const random = seededRandom(seed);
  const tags = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 20));
  const wants = Array.from({ length: n }, () => tags(4));
  const offers = Array.from({ length: n }, () => tags(4));
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(n * k);
  const data = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(random() * n));
    const cols = [...chosen].sort((a, b) => a - b);
    cols.forEach((c, i) => {
      indices[r * k + i] = c;
      data[r * k + i] =
        1 + wants[r]!.filter((t) => offers[c]!.includes(t)).length * 10 + Math.floor(random() * 10);
    });
    indptr[r + 1] = (r + 1) * k;
  }
  const prefix = join(dir, `sparse-${n}`);
  writeFileSync(`${prefix}.indptr`, indptr);
  writeFileSync(`${prefix}.indices`, indices);
  writeFileSync(`${prefix}.data`, data);
  writeFileSync(`${prefix}.json`, JSON.stringify({ rows: n, cols: n }));
  return prefix;
}

for (const n of quick ? [10_000] : [10_000, 50_000]) {
  const prefix = writeSparse(n, 50, n + 3);
  const runs = n >= 50_000 ? '1' : '3';
  const theirs = scipy('sparse', prefix, runs);
  const mine = ours('sparse', prefix, runs);
  rows.push({
    case: `sparse ${n.toLocaleString('en')} per side, K = 50`,
    ours: secs(mine.seconds),
    scipy: secs(theirs.seconds),
    ratio: ratio(mine.seconds, theirs.seconds),
    'totals agree': agree(mine.total, theirs.total),
    'our peak MB': String(Math.round(mine.peakMb!)),
  });
}

// Whole cohort from file to result, and the top-K loss against the dense optimum.
for (const [n, gap] of quick
  ? ([[2000, true]] as const)
  : ([
      [50_000, false],
      [4000, true],
    ] as const)) {
  const file = join(dir, `cohort-${n}.json`);
  writeFileSync(file, JSON.stringify(syntheticCohort({ mentors: n, mentees: n, seed: 42 })));
  const mine = ours('cohort', file, '50', gap ? 'gap' : '');
  rows.push({
    case: gap
      ? `cohort ${n}×${n}: top-K (K = 50) loss vs dense optimum`
      : `cohort ${n.toLocaleString('en')}×${n.toLocaleString('en')} file → result, K = 50 (candidates included)`,
    ours: gap ? `${mine.gapPercent}% lost` : secs(mine.seconds),
    scipy: '—',
    ratio: '—',
    'totals agree': '—',
    'our peak MB': String(Math.round(mine.peakMb!)),
  });
}
rmSync(dir, { recursive: true, force: true });

const headers = Object.keys(rows[0]!);
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(line(headers));
console.log(line(headers.map(() => '---')));
for (const row of rows) console.log(line(headers.map((h) => row[h] ?? '')));
console.log(`\nscipy: ${python.reason}; node ${process.version}; times in seconds (medians), solve only.`);
