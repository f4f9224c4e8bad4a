import { todo } from '@roadmap/todo';

/**
 * Python: `np.linalg.eigh(A)` for a symmetric matrix, but with eigenvalues in descending order and
 * one eigenvector per row (NumPy returns them ascending, one per column).
 */
export interface EigenResult {
  /** Eigenvalues, largest first. */
  values: number[];
  /** `vectors[i]` is the unit eigenvector for `values[i]`. */
  vectors: number[][];
}

export interface PowerIterationOptions {
  /** Start vector (default all ones). */
  x0?: readonly number[];
  /** @default 1000 */
  maxIter?: number;
  /** Stop when the unit vector moves less than this (up to sign). @default 1e-12 */
  tol?: number;
}

export interface PowerIterationResult {
  /** The dominant eigenvalue (largest in absolute value): the Rayleigh quotient xᵀAx of `vector`. */
  value: number;
  /** Its unit eigenvector. */
  vector: number[];
  /** How many multiplications by A were done. */
  iterations: number;
}

/**
 * Cyclic Jacobi: repeatedly rotate in the (p, q) plane to zero the off-diagonal entry a_pq.
 * The rotations accumulate in V, whose columns become the eigenvectors; the diagonal of A
 * becomes the eigenvalues. Throws `RangeError` when A is not square and symmetric.
 */
export function eigSym(A: readonly (readonly number[])[]): EigenResult {
  // TODO: check symmetry, run Jacobi sweeps on a copy, sort descending, return eigenvectors as rows.
  return todo('eigSym');
}

/**
 * Power iteration: x ← A x / ‖A x‖ until x stops changing. Converges to the eigenvector of the
 * eigenvalue with the largest |λ| when it is strictly dominant. With a negative dominant eigenvalue
 * x flips sign every step, so convergence is tested up to sign.
 */
export function powerIteration(A: readonly (readonly number[])[], opts: PowerIterationOptions = {}): PowerIterationResult {
  // TODO: normalise x0 (default all ones), iterate at most maxIter times, stop when x stops moving up to sign.
  return todo('powerIteration');
}
