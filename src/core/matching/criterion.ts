import type { PreparedCohort, PreparedPerson } from './prepared-cohort';

/**
 * A matching criterion is data: its own id, label, default weight, and how it scores and explains a
 * pair. Shared code only loops over the list; it never branches on which criterion it holds.
 */
export type Criterion = {
  readonly id: string;
  readonly label: string;
  readonly defaultWeight: number;
  /** Compiles the criterion for one cohort; the scorer is then called for many pairs. */
  readonly prepare: (cohort: PreparedCohort) => CriterionScorer;
};

export type CriterionScorer = {
  /** 0..1, or NaN when the criterion does not apply to this pair (it then drops out of the weighting). */
  readonly score: (mentor: PreparedPerson, mentee: PreparedPerson) => number;
  /** A short phrase for the pair's explanation, or undefined when there is nothing worth saying. */
  readonly explain: (mentor: PreparedPerson, mentee: PreparedPerson) => string | undefined;
};
