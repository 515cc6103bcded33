import { criteria } from './criteria';
import type { CriterionScorer } from './criterion';
import type { PreparedCohort, PreparedPerson } from './prepared-cohort';

/** One criterion's part of a pair score: points earned out of the points it could have given. */
export type Contribution = {
  readonly criterion: string;
  readonly label: string;
  readonly points: number;
  readonly maxPoints: number;
};

export type PairScorer = {
  /** 0–100: the weighted average of the criteria that apply to the pair. */
  readonly score: (mentor: PreparedPerson, mentee: PreparedPerson) => number;
  readonly contributions: (mentor: PreparedPerson, mentee: PreparedPerson) => Contribution[];
  /** One readable sentence: the criteria's phrases, joined. */
  readonly explain: (mentor: PreparedPerson, mentee: PreparedPerson) => string;
};

type Weighted = {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly scorer: CriterionScorer;
};

export function pairScorer(cohort: PreparedCohort): PairScorer {
  const weighted: Weighted[] = [];
  for (const criterion of criteria) {
    const weight = cohort.cohort.weights[criterion.id] ?? criterion.defaultWeight;
    if (weight > 0)
      weighted.push({ id: criterion.id, label: criterion.label, weight, scorer: criterion.prepare(cohort) });
  }
  const raw = (mentor: PreparedPerson, mentee: PreparedPerson): { values: number[]; total: number } => {
    const values: number[] = [];
    let total = 0;
    for (const w of weighted) {
      const value = w.scorer.score(mentor, mentee);
      values.push(value);
      if (!Number.isNaN(value)) total += w.weight;
    }
    return { values, total };
  };
  return {
    score: (mentor, mentee) => {
      let sum = 0;
      let total = 0;
      for (const w of weighted) {
        const value = w.scorer.score(mentor, mentee);
        if (Number.isNaN(value)) continue;
        sum += w.weight * value;
        total += w.weight;
      }
      return total === 0 ? 0 : (100 * sum) / total;
    },
    contributions: (mentor, mentee) => {
      const { values, total } = raw(mentor, mentee);
      const out: Contribution[] = [];
      weighted.forEach((w, k) => {
        const value = values[k]!;
        if (Number.isNaN(value) || total === 0) return;
        const maxPoints = (100 * w.weight) / total;
        out.push({
          criterion: w.id,
          label: w.label,
          points: round2(maxPoints * value),
          maxPoints: round2(maxPoints),
        });
      });
      return out;
    },
    explain: (mentor, mentee) => {
      const phrases: string[] = [];
      for (const w of weighted) {
        const phrase = w.scorer.explain(mentor, mentee);
        if (phrase) phrases.push(phrase);
      }
      return phrases.join('; ');
    },
  };
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
