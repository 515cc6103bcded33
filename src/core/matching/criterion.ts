import type { CompiledCohort } from './compiled-cohort';
import type { PreparedCohort, PreparedPerson } from './prepared-cohort';

/**
 * A matching criterion is data: its own id, label, default weight, its compiled score and its
 * explanation. Shared code only loops over the list; it never branches on which criterion it holds.
 */
export type Criterion = {
  readonly id: string;
  readonly label: string;
  readonly defaultWeight: number;
  /**
   * Compiles the score for one cohort over its typed arrays (decision 007); the result is called for
   * millions of pairs, by position: mentors[m], mentees[e]. The one definition of the criterion's score.
   */
  readonly compile: (cohort: CompiledCohort) => PairScore;
  /** Compiles the explanation; called only for the pairs finally proposed. */
  readonly explainer: (cohort: PreparedCohort) => PairPhrase;
};

/** 0..1, or NaN when the criterion does not apply to this pair (it then drops out of the weighting). */
export type PairScore = (m: number, e: number) => number;

/** A short phrase for the pair's explanation, or undefined when there is nothing worth saying. */
export type PairPhrase = (mentor: PreparedPerson, mentee: PreparedPerson) => string | undefined;
