import { describeSolverContract } from '#tests/fixtures/solver-contract';
import { greedySolver } from './solve-greedy';

describeSolverContract(greedySolver);
