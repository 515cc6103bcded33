import { describe, expect, it } from 'vitest';
import { skillOverlapScores } from '#tests/fixtures/random-scores';
import { describeSolverContract } from '#tests/fixtures/solver-contract';
import { createDenseSolver, denseSolver, solveDenseJv } from './solve-dense';
import { solveSparse } from './solve-sparse';

describeSolverContract(denseSolver);
// Tiny candidate sets force many pricing rounds and warm starts; the plain JV fallback on its own.
describeSolverContract(createDenseSolver({ bestPerRow: 1, bestPerCol: 0, addPerRow: 1, maxRounds: 1000 }));
describeSolverContract({ name: 'dense Jonker–Volgenant only', exact: true, solve: solveDenseJv });
describeSolverContract(createDenseSolver({ bestPerRow: 1, bestPerCol: 1, addPerRow: 1, maxRounds: 1 }));

describe('dense solver on tie-heavy scores', () => {
  it('agrees with plain Jonker–Volgenant and the sparse solver at n = 300', () => {
    const p = skillOverlapScores(300, 300, 11);
    const priced = denseSolver.solve(p, 'most-pairs');
    const jv = solveDenseJv(p, 'most-pairs');
    const sparse = solveSparse(p, 'most-pairs');
    expect(priced.pairs).toBe(jv.pairs);
    expect(priced.total).toBe(jv.total);
    expect(sparse.total).toBe(jv.total);
  });
});
