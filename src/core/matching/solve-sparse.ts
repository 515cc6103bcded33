import {
  type Assignment,
  type AssignmentProblem,
  assignmentFrom,
  maxScore,
  type Objective,
  toSparse,
  unmatchedCost,
} from './assignment-problem';
import type { Solver } from './solver';
import { solveSparseCosts } from './sparse-sap';

/**
 * Sparse exact solver: works on the allowed cells only (the candidate graph), so its memory and time
 * follow the number of candidate pairs, not rows × columns.
 */
export const sparseSolver: Solver = {
  name: 'sparse (shortest augmenting path)',
  exact: true,
  solve: solveSparse,
};

export function solveSparse(problem: AssignmentProblem, objective: Objective): Assignment {
  const sparse = toSparse(problem);
  const max = maxScore(sparse);
  const cost = new Float64Array(sparse.scores.length);
  for (let e = 0; e < cost.length; e++) cost[e] = max - sparse.scores[e]!;
  const solution = solveSparseCosts({
    rows: sparse.rows,
    cols: sparse.cols,
    rowStart: sparse.rowStart,
    colIndex: sparse.colIndex,
    cost,
    unmatchedCost: unmatchedCost(sparse, objective),
  });
  const colOfRow = new Int32Array(sparse.rows);
  for (let r = 0; r < sparse.rows; r++) {
    const c = solution.colOfRow[r]!;
    colOfRow[r] = c < sparse.cols ? c : -1;
  }
  return assignmentFrom(sparse, colOfRow);
}
