import { type Assignment, type AssignmentProblem, assignmentFrom, toSparse } from './assignment-problem';
import type { Solver } from './solver';

/**
 * Greedy baseline: take the best remaining allowed pair until none is left. Not optimal (it can
 * lose pairs and score); it is here so the bench and tests can show what the exact solvers gain.
 */
export const greedySolver: Solver = {
  name: 'greedy baseline',
  exact: false,
  solve: solveGreedy,
};

export function solveGreedy(problem: AssignmentProblem): Assignment {
  const sparse = toSparse(problem);
  const edges = sparse.scores.length;
  const rowOf = new Int32Array(edges);
  for (let r = 0; r < sparse.rows; r++) {
    for (let e = sparse.rowStart[r]!; e < sparse.rowStart[r + 1]!; e++) rowOf[e] = r;
  }
  const order = new Int32Array(edges);
  for (let e = 0; e < edges; e++) order[e] = e;
  // Best score first; ties by row then column, so the result is deterministic.
  order.sort((a, b) => sparse.scores[b]! - sparse.scores[a]! || a - b);
  const colOfRow = new Int32Array(sparse.rows).fill(-1);
  const colTaken = new Uint8Array(sparse.cols);
  for (let k = 0; k < edges; k++) {
    const e = order[k]!;
    const r = rowOf[e]!;
    const c = sparse.colIndex[e]!;
    if (colOfRow[r] !== -1 || colTaken[c] === 1) continue;
    colOfRow[r] = c;
    colTaken[c] = 1;
  }
  return assignmentFrom(sparse, colOfRow);
}
