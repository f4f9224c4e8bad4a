import { todo } from '@roadmap/todo';
import { SingularMatrixError } from './_errors.ts';

export { SingularMatrixError } from './_errors.ts';

/**
 * Python: `np.linalg.solve(A, b)` and `np.linalg.inv(A)`.
 *
 * Both factor PA = LU with partial pivoting. A pivot whose size is at most `n · ε · max|A|`
 * counts as zero: the matrix is singular to working precision and `SingularMatrixError` is thrown
 * (`throw new SingularMatrixError()`). A non-square A, or a b of the wrong length, is a `RangeError`.
 */

/** Python: `np.linalg.solve(A, b)`: the x with Ax = b. A and b are left unchanged. */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  // TODO: factor PA = LU (partial pivoting, singular check), then forward and back substitution.
  return todo('solve');
}

/** Python: `np.linalg.inv(A)`: solve A x = e_j for every column e_j of the identity. */
export function inverse(A: readonly (readonly number[])[]): number[][] {
  // TODO: reuse the factorisation for every column of the identity.
  return todo('inverse');
}
