import type { CompiledCohort } from './compiled-cohort';
import { criteria } from './criteria';
import type { PairPhrase, PairScore } from './criterion';
import type { PreparedPerson } from './prepared-cohort';

/** One criterion's part of a pair score: points earned out of the points it could have given. */
export type Contribution = {
  readonly criterion: string;
  readonly label: string;
  readonly points: number;
  readonly maxPoints: number;
};

/** Pairs are addressed by position: mentors[m], mentees[e] of the prepared cohort. */
export type PairScorer = {
  /** 0–100: the weighted average of the criteria that apply to the pair (the hot path). */
  readonly score: (m: number, e: number) => number;
  readonly contributions: (m: number, e: number) => Contribution[];
  /** One readable sentence: the criteria's phrases, joined (only for the pairs proposed). */
  readonly explain: (mentor: PreparedPerson, mentee: PreparedPerson) => string;
};

export function pairScorer(compiled: CompiledCohort): PairScorer {
  const active = criteria.flatMap((criterion) => {
    const weight = compiled.prepared.cohort.weights[criterion.id] ?? criterion.defaultWeight;
    return weight > 0 ? [{ criterion, weight }] : [];
  });
  const weights = Float64Array.from(active, (a) => a.weight);
  const scores: PairScore[] = active.map((a) => a.criterion.compile(compiled));
  let phrases: PairPhrase[] | undefined;
  const count = scores.length;
  return {
    score: (m, e) => {
      let sum = 0;
      let total = 0;
      for (let c = 0; c < count; c++) {
        const value = scores[c]!(m, e);
        if (Number.isNaN(value)) continue;
        const w = weights[c]!;
        sum += w * value;
        total += w;
      }
      return total === 0 ? 0 : (100 * sum) / total;
    },
    contributions: (m, e) => {
      const values = scores.map((score) => score(m, e));
      let total = 0;
      values.forEach((value, c) => {
        if (!Number.isNaN(value)) total += weights[c]!;
      });
      const out: Contribution[] = [];
      values.forEach((value, c) => {
        if (Number.isNaN(value) || total === 0) return;
        const maxPoints = (100 * weights[c]!) / total;
        const { id, label } = active[c]!.criterion;
        out.push({ criterion: id, label, points: round2(maxPoints * value), maxPoints: round2(maxPoints) });
      });
      return out;
    },
    explain: (mentor, mentee) => {
      phrases ??= active.map((a) => a.criterion.explainer(compiled.prepared));
      const parts: string[] = [];
      for (const phrase of phrases) {
        const text = phrase(mentor, mentee);
        if (text) parts.push(text);
      }
      return parts.join('; ');
    },
  };
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
