import { todo } from '@roadmap/todo';

/**
 * Matrices as row-major `number[][]` (`A[i][j]` is row i, column j).
 *
 * Python (NumPy): `A @ B`, `A.T`, `np.eye(n)`.
 */

/** Python: `A @ B`. An m×k times a k×n matrix gives m×n; `RangeError` when the inner sizes differ. */
export function matmul(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  // TODO: C[i][j] = Σₖ A[i][k] · B[k][j].
  return todo('matmul');
}

/** Python: `A.T`. An m×n matrix becomes n×m. */
export function transpose(A: readonly (readonly number[])[]): number[][] {
  // TODO: row j of the result is column j of A.
  return todo('transpose');
}

/** Python: `np.eye(n)`. */
export function identity(n: number): number[][] {
  // TODO: n fresh rows with a 1 on the diagonal.
  return todo('identity');
}
