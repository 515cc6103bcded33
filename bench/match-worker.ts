/**
 * One measurement in a fresh process (so peak memory is ours alone), printing one JSON line.
 *   dense KIND N SEED RUNS      time our dense solver (median of RUNS) on a generated matrix
 *   sparse FILE RUNS            time our sparse solver on a CSR graph written by bench/match.ts
 *   cohort FILE K [gap]         whole pipeline: read cohort file → validate → candidates → solve → write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import type { SparseScores } from '#core/matching/assignment-problem';
import { parseCohort } from '#core/matching/parse-cohort';
import { proposeMatches } from '#core/matching/propose-matches';
import { denseSolver } from '#core/matching/solve-dense';
import { sparseSolver } from '#core/matching/solve-sparse';
import { skillOverlapScores, uniformScores } from '#tests/fixtures/random-scores';

const [mode, ...args] = process.argv.slice(2);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const maxRssMb = (): number => resourceUsage().maxRSS / 1024;
const print = (value: unknown): void => console.log(JSON.stringify(value));

if (mode === 'dense') {
  const [kind, n, seed, runs] = [args[0]!, Number(args[1]), Number(args[2]), Number(args[3])];
  const matrix = kind === 'uniform' ? uniformScores(n, n, seed) : skillOverlapScores(n, n, seed);
  const before = maxRssMb();
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    total = denseSolver.solve(matrix, 'most-pairs').total;
    times.push((performance.now() - start) / 1000);
  }
  print({ seconds: median(times), total, peakMb: maxRssMb(), solveMb: maxRssMb() - before });
} else if (mode === 'sparse') {
  const [file, runs] = [args[0]!, Number(args[1])];
  const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
  const buffer = (suffix: string) => readFileSync(`${file}.${suffix}`);
  const asInt = (b: Buffer) => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  const problem: SparseScores = {
    format: 'sparse',
    rows: meta.rows,
    cols: meta.cols,
    rowStart: asInt(buffer('indptr')),
    colIndex: asInt(buffer('indices')),
    scores: new Float64Array(buffer('data').buffer.slice(0)),
  };
  const times: number[] = [];
  let result = sparseSolver.solve(problem, 'most-pairs');
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = sparseSolver.solve(problem, 'most-pairs');
    times.push((performance.now() - start) / 1000);
  }
  print({ seconds: median(times), total: result.total, pairs: result.pairs, peakMb: maxRssMb() });
} else if (mode === 'cohort') {
  const [file, k, gap] = [args[0]!, Number(args[1]), args[2] === 'gap'];
  const start = performance.now();
  const cohort = parseCohort(JSON.parse(readFileSync(file, 'utf8')));
  if (!cohort.ok) throw new Error(JSON.stringify(cohort.issues.slice(0, 3)));
  const parsed = performance.now();
  const result = proposeMatches(cohort.value, {
    strategy: 'candidates',
    candidatesPerMentee: k,
    measureCandidateGap: gap,
  });
  writeFileSync(`${file}.result.json`, JSON.stringify(result));
  const seconds = (performance.now() - start) / 1000;
  print({
    seconds,
    parseSeconds: (parsed - start) / 1000,
    pairs: result.quality.pairs,
    unmatched: result.unmatched.length,
    gapPercent: result.quality.candidateGapPercent,
    peakMb: maxRssMb(),
  });
}
