import type { Assignment } from './assignment-problem';
import { candidatePairGraph } from './candidates';
import { compileCohort } from './compiled-cohort';
import type { Cohort } from './cohort-schema';
import { prepareRules } from './hard-rules';
import type { MatchResult, ProposedPair } from './match-result';
import { matchQuality } from './match-quality';
import { mentorPlaces } from './mentor-places';
import { type PairContext, type PairGraph, densePairGraph, expandToPlaces } from './pair-graph';
import { pairScorer, round2 } from './pair-score';
import { prepareCohort } from './prepared-cohort';
import { denseSolver } from './solve-dense';
import { sparseSolver } from './solve-sparse';
import type { Solver } from './solver';
import { unmatchedReasons } from './unmatched-reasons';

export type MatchOptions = {
  /** `auto`: every pair scored while mentees × mentors ≤ denseLimit, else the candidate graph. */
  readonly strategy?: 'auto' | 'dense' | 'candidates';
  readonly denseLimit?: number;
  /** K: candidates kept per mentee on the candidate graph. */
  readonly candidatesPerMentee?: number;
  /** Mentors fully scored per mentee before keeping the K best, as a multiple of K. */
  readonly shortlistFactor?: number;
  /** Also solve densely (when mentees × mentors ≤ gapLimit) to report what the candidate graph lost. */
  readonly measureCandidateGap?: boolean;
  readonly gapLimit?: number;
  /** Replace the exact solver, e.g. by the greedy baseline for comparison. */
  readonly solver?: Solver;
};

const DEFAULTS = { denseLimit: 4_000_000, candidatesPerMentee: 50, gapLimit: 16_000_000 };

/**
 * The matching engine's one entry point: a validated cohort in, proposed pairs with scores and
 * explanations, the unmatched with reasons, quality figures and data problems out. Pure and
 * deterministic: the same cohort always gives the same result.
 */
export function proposeMatches(cohort: Cohort, options: MatchOptions = {}): MatchResult {
  const prepared = prepareCohort(cohort);
  const compiled = compileCohort(prepared);
  const rules = prepareRules(compiled);
  const scorer = pairScorer(compiled);
  const places = mentorPlaces(prepared, rules);
  const ctx: PairContext = {
    mentors: prepared.mentors,
    mentees: prepared.mentees,
    rules,
    scorer,
    minimumScore: cohort.rules.minimumScore,
  };
  const rowMentee = Int32Array.from(prepared.mentees.keys()).filter((e) => places.pinnedMentee[e] === 0);
  const mentorOpen = Uint8Array.from(places.left, (left) => (left > 0 ? 1 : 0));
  const size = rowMentee.length * prepared.mentors.length;
  const strategy = options.strategy ?? 'auto';
  const useCandidates =
    strategy === 'candidates' || (strategy === 'auto' && size > (options.denseLimit ?? DEFAULTS.denseLimit));
  const k = options.candidatesPerMentee ?? DEFAULTS.candidatesPerMentee;
  const graph = useCandidates
    ? candidatePairGraph(ctx, compiled, rowMentee, mentorOpen, {
        perMentee: k,
        shortlistFactor: options.shortlistFactor ?? 4,
      })
    : densePairGraph(ctx, rowMentee, mentorOpen);
  const solver = options.solver ?? (useCandidates ? sparseSolver : denseSolver);
  const solve = (g: PairGraph): { assignment: Assignment; placeMentor: Int32Array } => {
    const expanded = expandToPlaces(g.problem, places.left);
    return {
      assignment: solver.solve(expanded.problem, cohort.rules.objective),
      placeMentor: expanded.placeMentor,
    };
  };
  const { assignment, placeMentor } = solve(graph);
  let candidateGapPercent: number | null = null;
  if (useCandidates && options.measureCandidateGap && size <= (options.gapLimit ?? DEFAULTS.gapLimit)) {
    const dense = solve(densePairGraph(ctx, rowMentee, mentorOpen)).assignment;
    candidateGapPercent =
      dense.total === 0 ? 0 : round2((100 * (dense.total - assignment.total)) / dense.total);
  }

  const pairs: ProposedPair[] = [];
  const mentorPairs = new Int32Array(prepared.mentors.length);
  const menteePaired = new Uint8Array(prepared.mentees.length);
  const addPair = (m: number, e: number, pinned: boolean): void => {
    const mentor = prepared.mentors[m]!;
    const mentee = prepared.mentees[e]!;
    mentorPairs[m] = mentorPairs[m]! + 1;
    menteePaired[e] = 1;
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: round2(scorer.score(m, e)),
      contributions: scorer.contributions(m, e),
      explanation: scorer.explain(mentor, mentee),
      pinned,
    });
  };
  for (const pin of places.pins) addPair(pin.mentor, pin.mentee, true);
  assignment.colOfRow.forEach((col, row) => {
    if (col >= 0) addPair(placeMentor[col]!, rowMentee[row]!, false);
  });

  pairs.sort((a, b) => b.score - a.score || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0));
  const unmatched = unmatchedReasons(ctx, {
    places,
    mentorPairs,
    menteePaired,
    usedCandidates: useCandidates,
    checkBudget: 20_000_000,
  });
  const ruleChecks = rules.map((rule, r) => ({
    rule: rule.id,
    label: rule.label,
    pairsExcluded: graph.excludedByRule[r]!,
  }));
  const quality = matchQuality(prepared, pairs, ruleChecks, {
    solver: useCandidates ? 'sparse' : 'dense',
    candidatesPerMentee: useCandidates ? k : null,
    candidateGapPercent,
    pairsEvaluated: graph.pairsEvaluated,
  });
  return {
    pairs,
    unmatched,
    quality,
    dataProblems: [...prepared.reportingLines.problems, ...places.problems],
  };
}
