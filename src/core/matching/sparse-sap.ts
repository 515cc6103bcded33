import { augmentInPhases, type SapState, type SparseCosts } from './sparse-phases';

export type { SparseCosts } from './sparse-phases';

/**
 * A rectangular min-cost assignment on a sparse graph, where every row may also stay unmatched at
 * `unmatchedCost` (each row owns a private dummy column, index cols + row). Columns may stay free.
 *
 * Jonker–Volgenant style start (row reduction with a greedy assignment, then augmenting row
 * reduction), then primal–dual phases of shortest augmenting paths (sparse-phases.ts). Column prices
 * v only ever go down from 0 and free columns keep v = 0, so the duals prove optimality for the
 * rectangular problem too.
 */
export type SparseSolution = {
  /** Column of each row; a value >= cols means the row's dummy (unmatched). */
  readonly colOfRow: Int32Array;
  /** Row of each column (cols + rows long, dummies last), -1 when free. */
  readonly rowOfCol: Int32Array;
  /** Row duals. */
  readonly u: Float64Array;
  /** Column duals (prices), cols + rows long. */
  readonly v: Float64Array;
};

const toleranceFor = (p: SparseCosts): number => 1e-9 * (1 + Math.abs(p.unmatchedCost));

export function solveSparseCosts(problem: SparseCosts): SparseSolution {
  const { rows, cols } = problem;
  const state: SapState = {
    x: new Int32Array(rows).fill(-1),
    y: new Int32Array(cols + rows).fill(-1),
    u: new Float64Array(rows),
    v: new Float64Array(cols + rows),
  };
  const free = greedyStart(problem, state);
  let numFree = free.length;
  for (let round = 0; round < 2 && numFree > 0; round++) {
    numFree = augmentingRowReduction(problem, state, free, numFree);
  }
  rowDuals(problem, state);
  if (numFree > 0) augmentInPhases(problem, state, toleranceFor(problem));
  return { colOfRow: state.x, rowOfCol: state.y, u: state.u, v: state.v };
}

/**
 * Warm start after edges were added to a solved problem (same rows and columns): rows whose new
 * edges undercut their dual are unassigned and re-augmented, keeping all other work. Returns
 * undefined when the result cannot be proven optimal (a real column freed with a negative price);
 * solve from scratch then.
 */
export function resolveSparseCosts(
  problem: SparseCosts,
  previous: SparseSolution,
): SparseSolution | undefined {
  const state: SapState = {
    x: previous.colOfRow.slice(),
    y: previous.rowOfCol.slice(),
    u: previous.u.slice(),
    v: previous.v.slice(),
  };
  const tolerance = toleranceFor(problem);
  const { x, y, u, v } = state;
  for (let i = 0; i < problem.rows; i++) {
    let min = problem.unmatchedCost - v[problem.cols + i]!;
    for (let e = problem.rowStart[i]!; e < problem.rowStart[i + 1]!; e++) {
      const h = problem.cost[e]! - v[problem.colIndex[e]!]!;
      if (h < min) min = h;
    }
    if (min >= u[i]! - tolerance) continue;
    u[i] = min;
    const j = x[i]!;
    if (j < 0) continue;
    x[i] = -1;
    y[j] = -1;
    if (j >= problem.cols) {
      v[j] = 0;
      u[i] = Math.min(min, problem.unmatchedCost);
    }
  }
  augmentInPhases(problem, state, tolerance);
  for (let j = 0; j < problem.cols; j++) if (y[j]! < 0 && v[j]! < -tolerance) return undefined;
  return { colOfRow: x, rowOfCol: y, u, v };
}

function greedyStart(p: SparseCosts, s: SapState): Int32Array {
  const free = new Int32Array(p.rows);
  let numFree = 0;
  for (let i = 0; i < p.rows; i++) {
    let best = p.unmatchedCost;
    let bestCol = p.cols + i;
    let bestTaken = false;
    for (let e = p.rowStart[i]!; e < p.rowStart[i + 1]!; e++) {
      const c = p.cost[e]!;
      const j = p.colIndex[e]!;
      const taken = s.y[j]! >= 0;
      if (c < best || (c === best && bestTaken && !taken)) {
        best = c;
        bestCol = j;
        bestTaken = taken;
      }
    }
    if (bestTaken) {
      free[numFree++] = i;
    } else {
      s.x[i] = bestCol;
      s.y[bestCol] = i;
    }
  }
  return free.subarray(0, numFree);
}

function augmentingRowReduction(p: SparseCosts, s: SapState, free: Int32Array, prvNumFree: number): number {
  const { x, y, v } = s;
  let k = 0;
  let numFree = 0;
  // Stopping early is always safe (duals stay feasible); the budget guards against float ping-pong.
  let budget = 10 * p.rows + 100;
  while (k < prvNumFree) {
    const i = free[k++]!;
    const dummy = p.cols + i;
    let umin = p.unmatchedCost - v[dummy]!;
    let j1 = dummy;
    let usubmin = Number.POSITIVE_INFINITY;
    let j2 = -1;
    for (let e = p.rowStart[i]!; e < p.rowStart[i + 1]!; e++) {
      const j = p.colIndex[e]!;
      const h = p.cost[e]! - v[j]!;
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = j;
        } else {
          usubmin = umin;
          j2 = j1;
          umin = h;
          j1 = j;
        }
      }
    }
    let i0 = y[j1]!;
    const strict = umin < usubmin;
    if (strict && usubmin !== Number.POSITIVE_INFINITY) {
      v[j1] = v[j1]! - (usubmin - umin);
    } else if (!strict && i0 > -1 && j2 >= 0) {
      j1 = j2;
      i0 = y[j2]!;
    }
    x[i] = j1;
    y[j1] = i;
    if (i0 > -1) {
      x[i0] = -1;
      if (strict && --budget > 0) free[--k] = i0;
      else free[numFree++] = i0;
    }
  }
  return numFree;
}

/** u[i] = the row's smallest reduced cost, which is its assigned edge's for assigned rows. */
function rowDuals(p: SparseCosts, s: SapState): void {
  for (let i = 0; i < p.rows; i++) {
    let min = p.unmatchedCost - s.v[p.cols + i]!;
    for (let e = p.rowStart[i]!; e < p.rowStart[i + 1]!; e++) {
      const h = p.cost[e]! - s.v[p.colIndex[e]!]!;
      if (h < min) min = h;
    }
    s.u[i] = min;
  }
}
