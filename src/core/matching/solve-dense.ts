import {
  type Assignment,
  type AssignmentProblem,
  assignmentFrom,
  type DenseScores,
  maxScore,
  type Objective,
  toDense,
  unmatchedCost,
} from './assignment-problem';
import { createBestK } from './best-k';
import { lapjv } from './lapjv';
import type { Solver } from './solver';
import { resolveSparseCosts, type SparseSolution, solveSparseCosts } from './sparse-sap';

/**
 * Dense exact solver. Most cells of a dense matrix never matter, so it solves the sparse problem on
 * each row's and each column's best cells, then prices every cell against the duals of that solution:
 * cells with negative reduced cost join the candidate set and the sparse problem is solved again.
 * No negative reduced cost left = the duals prove the dense optimum. If pricing does not settle
 * quickly it falls back to Jonker–Volgenant on the full square cost matrix.
 */
export type PricingOptions = {
  /** Best cells per row and per column in the first candidate set. */
  readonly bestPerRow: number;
  readonly bestPerCol: number;
  /** Most violating cells per row added in each pricing round. */
  readonly addPerRow: number;
  /** Rounds before falling back to Jonker–Volgenant on the full matrix. */
  readonly maxRounds: number;
};

const DEFAULT_PRICING: PricingOptions = { bestPerRow: 8, bestPerCol: 8, addPerRow: 16, maxRounds: 30 };

export function createDenseSolver(pricing: PricingOptions = DEFAULT_PRICING): Solver {
  return {
    name: 'dense (candidate pricing + Jonker–Volgenant)',
    exact: true,
    solve: (problem, objective) => solveDensePriced(problem, objective, pricing),
  };
}

export const denseSolver: Solver = createDenseSolver();

export function solveDense(problem: AssignmentProblem, objective: Objective): Assignment {
  return solveDensePriced(problem, objective, DEFAULT_PRICING);
}

function solveDensePriced(
  problem: AssignmentProblem,
  objective: Objective,
  pricing: PricingOptions,
): Assignment {
  const dense = toDense(problem);
  const max = maxScore(dense);
  const unmatched = unmatchedCost(dense, objective, max);
  const candidates = initialCandidates(dense, pricing);
  let previous: SparseSolution | undefined;
  for (let round = 0; round < pricing.maxRounds; round++) {
    const solution = solveCandidates(dense, candidates, max, unmatched, previous);
    previous = solution;
    if (addViolations(dense, solution, candidates, max, unmatched, pricing.addPerRow) === 0) {
      const colOfRow = new Int32Array(dense.rows);
      for (let r = 0; r < dense.rows; r++) {
        const c = solution.colOfRow[r]!;
        colOfRow[r] = c < dense.cols ? c : -1;
      }
      return assignmentFrom(dense, colOfRow);
    }
  }
  return solveDenseJv(dense, objective);
}

/** Jonker–Volgenant on the padded square matrix (cost = best score − score). */
export function solveDenseJv(problem: AssignmentProblem, objective: Objective): Assignment {
  const dense = toDense(problem);
  const { rows, cols, scores } = dense;
  const n = Math.max(rows, cols);
  const max = maxScore(dense);
  const unmatched = unmatchedCost(dense, objective, max);
  const cost = new Float64Array(n * n);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const s = scores[r * cols + c]!;
      cost[r * n + c] = Number.isNaN(s) ? unmatched : max - s;
    }
    if (cols < n) cost.fill(unmatched, r * n + cols, r * n + n);
  }
  // Padding rows (more columns than rows) stay at cost 0: a constant row cost changes nothing.
  const rowSol = lapjv(n, cost);
  const colOfRow = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r++) {
    const c = rowSol[r]!;
    if (c < cols && !Number.isNaN(scores[r * cols + c]!)) colOfRow[r] = c;
  }
  return assignmentFrom(dense, colOfRow);
}

type Candidates = number[][];

function initialCandidates({ rows, cols, scores }: DenseScores, pricing: PricingOptions): Candidates {
  const candidates: Candidates = Array.from({ length: rows }, () => []);
  const rowBest = createBestK(pricing.bestPerRow);
  const colBest = Array.from({ length: cols }, () => createBestK(pricing.bestPerCol));
  const colThreshold = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
  for (let r = 0; r < rows; r++) {
    rowBest.reset();
    let rowThreshold = Number.NEGATIVE_INFINITY;
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const s = scores[base + c]!;
      if (s > rowThreshold) {
        rowBest.offer(c, s);
        rowThreshold = rowBest.threshold();
      }
      if (s > colThreshold[c]!) {
        const best = colBest[c]!;
        best.offer(r, s);
        colThreshold[c] = best.threshold();
      }
    }
    for (const c of rowBest.items()) candidates[r]!.push(c);
  }
  for (let c = 0; c < cols; c++) {
    for (const r of colBest[c]!.items()) {
      const list = candidates[r]!;
      if (!list.includes(c)) list.push(c);
    }
  }
  return candidates;
}

function solveCandidates(
  { rows, cols, scores }: DenseScores,
  candidates: Candidates,
  max: number,
  unmatched: number,
  previous: SparseSolution | undefined,
): SparseSolution {
  let edges = 0;
  for (const list of candidates) edges += list.length;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(edges);
  const cost = new Float64Array(edges);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = e;
    for (const c of candidates[r]!) {
      colIndex[e] = c;
      cost[e++] = max - scores[r * cols + c]!;
    }
  }
  rowStart[rows] = e;
  const costs = { rows, cols, rowStart, colIndex, cost, unmatchedCost: unmatched };
  return (previous && resolveSparseCosts(costs, previous)) ?? solveSparseCosts(costs);
}

/** Adds, per row, the cells that most violate dual feasibility; returns how many cells violated it. */
function addViolations(
  { rows, cols, scores }: DenseScores,
  solution: SparseSolution,
  candidates: Candidates,
  max: number,
  unmatched: number,
  addPerRow: number,
): number {
  const { u: rowDual, v } = solution;
  const tolerance = 1e-9 * (1 + unmatched);
  const worst = createBestK(addPerRow);
  let violations = 0;
  for (let r = 0; r < rows; r++) {
    const u = rowDual[r]! - tolerance;
    const base = r * cols;
    worst.reset();
    for (let c = 0; c < cols; c++) {
      const reduced = max - scores[base + c]! - v[c]!;
      if (reduced < u) {
        violations++;
        worst.offer(c, u - reduced);
      }
    }
    for (const c of worst.items()) candidates[r]!.push(c);
  }
  return violations;
}
