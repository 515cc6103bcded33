import { describeSolverContract } from '#tests/fixtures/solver-contract';
import { sparseSolver } from './solve-sparse';

describeSolverContract(sparseSolver);
