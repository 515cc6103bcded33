import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findScipyPython, runPython } from '#tests/fixtures/python-scipy';
import { skillOverlapScores, uniformScores } from '#tests/fixtures/random-scores';
import type { DenseScores, Objective } from './assignment-problem';
import { denseSolver } from './solve-dense';
import { sparseSolver } from './solve-sparse';

const scipy = findScipyPython();
const script = fileURLToPath(new URL('../../../tests/fixtures/scipy_lsa.py', import.meta.url));

const instances: { name: string; problem: DenseScores; objective: Objective }[] = [
  { name: 'uniform 500 × 500', problem: uniformScores(500, 500, 101), objective: 'most-pairs' },
  {
    name: 'skill overlap 500 × 500, 5% forbidden',
    problem: skillOverlapScores(500, 500, 102),
    objective: 'most-pairs',
  },
  {
    name: 'skill overlap 300 × 420, 60% forbidden',
    problem: skillOverlapScores(300, 420, 103, 0.6),
    objective: 'most-pairs',
  },
  {
    name: 'skill overlap 420 × 300, 97% forbidden',
    problem: skillOverlapScores(420, 300, 104, 0.97),
    objective: 'most-pairs',
  },
  {
    name: 'uniform 200 × 260, highest total',
    problem: uniformScores(200, 260, 105, 7),
    objective: 'highest-total',
  },
];

describe('differential test against scipy.optimize.linear_sum_assignment', () => {
  if (!scipy.python && process.env.CI) {
    it('needs python3 with scipy on CI', () => {
      expect.fail(`CI must run the scipy differential test: ${scipy.reason}`);
    });
    return;
  }
  it.skipIf(!scipy.python)(
    `gives scipy's optimum on random instances up to n = 500 (${scipy.reason})`,
    () => {
      const payload = instances.map(({ problem, objective }) => ({
        rows: problem.rows,
        cols: problem.cols,
        objective,
        scores: Array.from(problem.scores, (s) => (Number.isNaN(s) ? null : s)),
      }));
      const reference: { pairs: number; total: number }[] = JSON.parse(
        runPython(scipy.python!, script, JSON.stringify(payload)),
      );
      instances.forEach(({ name, problem, objective }, k) => {
        for (const solver of [denseSolver, sparseSolver]) {
          const result = solver.solve(problem, objective);
          const label = `${solver.name} on ${name}`;
          if (objective === 'most-pairs') expect(result.pairs, label).toBe(reference[k]!.pairs);
          expect(result.total, label).toBeCloseTo(reference[k]!.total, 6);
        }
      });
    },
  );
});
