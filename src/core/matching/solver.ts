import type { Assignment, AssignmentProblem, Objective } from './assignment-problem';

/**
 * One interface for every way of solving the assignment problem. Exact solvers return an optimum for
 * the objective; the greedy baseline exists for comparison only.
 */
export type Solver = {
  readonly name: string;
  readonly exact: boolean;
  readonly solve: (problem: AssignmentProblem, objective: Objective) => Assignment;
};
