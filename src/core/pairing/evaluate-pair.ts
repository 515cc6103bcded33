import type { Cohort } from '#core/matching/cohort-schema';
import { compileCohort } from '#core/matching/compiled-cohort';
import { prepareRules } from '#core/matching/hard-rules';
import { type Contribution, pairScorer, round2 } from '#core/matching/pair-score';
import { type PreparedPerson, prepareCohort } from '#core/matching/prepared-cohort';

export type RuleViolation = { readonly rule: string; readonly message: string };

export type PairEvaluation = {
  /** False when a rule HR cannot override forbids the pair (reporting line, HR block). */
  readonly allowed: boolean;
  readonly violations: readonly RuleViolation[];
  readonly score: number;
  readonly contributions: readonly Contribution[];
  readonly explanation: string;
  /** Rules HR may override (and the minimum score), as warnings. */
  readonly warnings: readonly string[];
};

/** The hard rules a hand-made pair or swap may never break. */
export const UNBREAKABLE_RULES: ReadonlySet<string> = new Set(['reporting-line', 'blocked']);

export type PairEvaluator = {
  readonly has: (personId: string, side: 'mentor' | 'mentee') => boolean;
  readonly nameOf: (personId: string) => string;
  readonly sideOf: (personId: string) => 'mentor' | 'mentee' | undefined;
  /** Undefined when either id is not on its side of the cohort. */
  readonly evaluate: (mentorId: string, menteeId: string) => PairEvaluation | undefined;
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
};

/**
 * Scores and checks any pair of a cohort with the matcher's own scorer and hard rules, so a pair
 * HR makes by hand is judged exactly as the algorithm's are. Prepare once, evaluate many.
 */
export function pairEvaluator(cohort: Cohort): PairEvaluator {
  const prepared = prepareCohort(cohort);
  const compiled = compileCohort(prepared);
  const rules = prepareRules(compiled);
  const scorer = pairScorer(compiled);
  const mentors = new Map(prepared.mentors.map((p) => [p.id, p]));
  const mentees = new Map(prepared.mentees.map((p) => [p.id, p]));
  const nameOf = (id: string): string => (mentors.get(id) ?? mentees.get(id))?.participant.name ?? id;
  const words = (rule: string, label: string, mentor: PreparedPerson, mentee: PreparedPerson): string => {
    const both = `${nameOf(mentor.id)} and ${nameOf(mentee.id)}`;
    return rule === 'reporting-line' ? `${both} are ${label}` : `${both}: ${label}`;
  };
  return {
    has: (id, side) => (side === 'mentor' ? mentors : mentees).has(id),
    nameOf,
    sideOf: (id) => (mentors.has(id) ? 'mentor' : mentees.has(id) ? 'mentee' : undefined),
    mentorIds: prepared.mentors.map((p) => p.id),
    menteeIds: prepared.mentees.map((p) => p.id),
    evaluate: (mentorId, menteeId) => {
      const mentor = mentors.get(mentorId);
      const mentee = mentees.get(menteeId);
      if (!mentor || !mentee) return undefined;
      const violations: RuleViolation[] = [];
      const warnings: string[] = [];
      for (const rule of rules) {
        if (!rule.forbids(mentor.index, mentee.index)) continue;
        const message = words(rule.id, rule.label, mentor, mentee);
        if (UNBREAKABLE_RULES.has(rule.id)) violations.push({ rule: rule.id, message });
        else warnings.push(`overrides a rule: ${rule.label}`);
      }
      const score = round2(scorer.score(mentor.index, mentee.index));
      if (score < cohort.rules.minimumScore) warnings.push('below the minimum score');
      return {
        allowed: violations.length === 0,
        violations,
        score,
        contributions: scorer.contributions(mentor.index, mentee.index),
        explanation: scorer.explain(mentor, mentee),
        warnings,
      };
    },
  };
}

/** One pair's evaluation; undefined when either id is not on its side of the cohort. */
export function evaluatePair(cohort: Cohort, mentorId: string, menteeId: string): PairEvaluation | undefined {
  return pairEvaluator(cohort).evaluate(mentorId, menteeId);
}
