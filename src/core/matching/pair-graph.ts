import { type AssignmentProblem, denseScores, type SparseScores } from './assignment-problem';
import { firstBrokenRule, type PreparedRule } from './hard-rules';
import type { PairScorer } from './pair-score';
import type { PreparedPerson } from './prepared-cohort';

/**
 * Mentee × mentor scores for the solver (rows = mentees still to pair, columns = mentors), with
 * forbidden pairs (hard rules, below the minimum score) left out. Also counts what each rule excluded.
 */
export type PairGraph = {
  readonly problem: AssignmentProblem;
  /** Row → index in the cohort's mentees. */
  readonly rowMentee: Int32Array;
  readonly pairsEvaluated: number;
  /** Pairs each active rule excluded (same order as the rules). */
  readonly excludedByRule: Int32Array;
};

export type PairContext = {
  readonly mentors: readonly PreparedPerson[];
  readonly mentees: readonly PreparedPerson[];
  readonly rules: readonly PreparedRule[];
  readonly scorer: PairScorer;
  readonly minimumScore: number;
};

/** Scores a pair (mentors[m], mentees[e]), or NaN when a rule forbids it (counted) or it is below the minimum score. */
export function scorePair(ctx: PairContext, m: number, e: number, excluded: Int32Array): number {
  const broken = firstBrokenRule(ctx.rules, m, e);
  if (broken >= 0) {
    excluded[broken] = excluded[broken]! + 1;
    return Number.NaN;
  }
  const score = ctx.scorer.score(m, e);
  return score < ctx.minimumScore ? Number.NaN : score;
}

/** Every pair scored: the dense problem. */
export function densePairGraph(ctx: PairContext, rowMentee: Int32Array, mentorOpen: Uint8Array): PairGraph {
  const cols = ctx.mentors.length;
  const scores = new Float64Array(rowMentee.length * cols).fill(Number.NaN);
  const excludedByRule = new Int32Array(ctx.rules.length);
  let pairsEvaluated = 0;
  rowMentee.forEach((e, row) => {
    for (let m = 0; m < cols; m++) {
      if (mentorOpen[m] === 0) continue;
      pairsEvaluated++;
      scores[row * cols + m] = scorePair(ctx, m, e, excludedByRule);
    }
  });
  return { problem: denseScores(rowMentee.length, cols, scores), rowMentee, pairsEvaluated, excludedByRule };
}

/**
 * Replaces each mentor column by one column per place they have left. Returns the new problem and
 * the mentor of each place column.
 */
export function expandToPlaces(
  problem: AssignmentProblem,
  places: Int32Array,
): { problem: AssignmentProblem; placeMentor: Int32Array } {
  if (places.every((p) => p === 1)) {
    return { problem, placeMentor: Int32Array.from({ length: problem.cols }, (_, m) => m) };
  }
  const placeMentor: number[] = [];
  const firstPlace = new Int32Array(problem.cols);
  for (let m = 0; m < problem.cols; m++) {
    firstPlace[m] = placeMentor.length;
    for (let k = 0; k < places[m]!; k++) placeMentor.push(m);
  }
  const cols = placeMentor.length;
  const mentorOfPlace = Int32Array.from(placeMentor);
  if (problem.format === 'dense') {
    const scores = new Float64Array(problem.rows * cols);
    for (let r = 0; r < problem.rows; r++) {
      for (let c = 0; c < cols; c++)
        scores[r * cols + c] = problem.scores[r * problem.cols + mentorOfPlace[c]!]!;
    }
    return { problem: denseScores(problem.rows, cols, scores), placeMentor: mentorOfPlace };
  }
  return { problem: expandSparse(problem, places, firstPlace, cols), placeMentor: mentorOfPlace };
}

function expandSparse(
  problem: SparseScores,
  places: Int32Array,
  firstPlace: Int32Array,
  cols: number,
): SparseScores {
  let edges = 0;
  for (let e = 0; e < problem.colIndex.length; e++) edges += places[problem.colIndex[e]!]!;
  const rowStart = new Int32Array(problem.rows + 1);
  const colIndex = new Int32Array(edges);
  const scores = new Float64Array(edges);
  let at = 0;
  for (let r = 0; r < problem.rows; r++) {
    rowStart[r] = at;
    for (let e = problem.rowStart[r]!; e < problem.rowStart[r + 1]!; e++) {
      const m = problem.colIndex[e]!;
      for (let k = 0; k < places[m]!; k++) {
        colIndex[at] = firstPlace[m]! + k;
        scores[at++] = problem.scores[e]!;
      }
    }
  }
  rowStart[problem.rows] = at;
  return { format: 'sparse', rows: problem.rows, cols, rowStart, colIndex, scores };
}
