/**
 * The raw assignment problem every solver takes: rows (mentees) × columns (mentor slots), each cell a
 * non-negative score or forbidden. Dense problems hold a row-major matrix with NaN for forbidden cells;
 * sparse problems hold only the allowed cells in compressed rows (CSR).
 */
export type DenseScores = {
  readonly format: 'dense';
  readonly rows: number;
  readonly cols: number;
  /** rows × cols, row-major; NaN marks a forbidden pair. */
  readonly scores: Float64Array;
};

export type SparseScores = {
  readonly format: 'sparse';
  readonly rows: number;
  readonly cols: number;
  /** rows + 1 offsets into colIndex/scores. */
  readonly rowStart: Int32Array;
  readonly colIndex: Int32Array;
  readonly scores: Float64Array;
};

export type AssignmentProblem = DenseScores | SparseScores;

/**
 * `most-pairs`: maximise the number of pairs, then the total score among those.
 * `highest-total`: maximise the total score only (a pair is made only if it adds to the total).
 */
export type Objective = 'most-pairs' | 'highest-total';

export type Assignment = {
  /** Column assigned to each row, -1 when the row is unmatched. */
  readonly colOfRow: Int32Array;
  readonly pairs: number;
  readonly total: number;
};

export function denseScores(rows: number, cols: number, scores: Float64Array): DenseScores {
  return { format: 'dense', rows, cols, scores };
}

export function toDense(problem: AssignmentProblem): DenseScores {
  if (problem.format === 'dense') return problem;
  const scores = new Float64Array(problem.rows * problem.cols).fill(Number.NaN);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const c = problem.colIndex[e]!;
      const s = problem.scores[e]!;
      const at = r * problem.cols + c;
      if (!(scores[at]! >= s)) scores[at] = s;
    }
  }
  return denseScores(problem.rows, problem.cols, scores);
}

export function toSparse(problem: AssignmentProblem): SparseScores {
  if (problem.format === 'sparse') return problem;
  const { rows, cols, scores } = problem;
  let allowed = 0;
  for (let k = 0; k < scores.length; k++) if (!Number.isNaN(scores[k]!)) allowed++;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(allowed);
  const values = new Float64Array(allowed);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = e;
    for (let c = 0; c < cols; c++) {
      const s = scores[r * cols + c]!;
      if (Number.isNaN(s)) continue;
      colIndex[e] = c;
      values[e++] = s;
    }
  }
  rowStart[rows] = e;
  return { format: 'sparse', rows, cols, rowStart, colIndex, scores: values };
}

/** Score of one cell, or NaN when the pair is forbidden or absent. */
export function cellScore(problem: AssignmentProblem, row: number, col: number): number {
  if (problem.format === 'dense') return problem.scores[row * problem.cols + col]!;
  let best = Number.NaN;
  for (let e = problem.rowStart[row]!; e < problem.rowStart[row + 1]!; e++) {
    if (problem.colIndex[e] === col && !(best >= problem.scores[e]!)) best = problem.scores[e]!;
  }
  return best;
}

/** Largest allowed score (0 when nothing is allowed). */
export function maxScore(problem: AssignmentProblem): number {
  let max = 0;
  for (let k = 0; k < problem.scores.length; k++) if (problem.scores[k]! > max) max = problem.scores[k]!;
  return max;
}

/**
 * Cost of leaving a row unmatched, on the cost scale `max - score` used by the exact solvers.
 * For `most-pairs` it exceeds any possible gain in total score, so one more pair always wins.
 */
export function unmatchedCost(
  problem: AssignmentProblem,
  objective: Objective,
  max = maxScore(problem),
): number {
  if (objective === 'highest-total') return max;
  return max * (Math.min(problem.rows, problem.cols) + 1) + 1;
}

/** Builds an Assignment from a row → column array, summing the scores of the pairs it makes. */
export function assignmentFrom(problem: AssignmentProblem, colOfRow: Int32Array): Assignment {
  let pairs = 0;
  let total = 0;
  for (let r = 0; r < problem.rows; r++) {
    const c = colOfRow[r]!;
    if (c < 0) continue;
    pairs++;
    total += cellScore(problem, r, c);
  }
  return { colOfRow, pairs, total };
}
