import { todo } from '@roadmap/todo';

/**
 * Python: `np.linalg.det(A)`.
 *
 * Gaussian elimination to an upper-triangular U with partial pivoting (PA = LU): the determinant is
 * the product of U's diagonal, with the sign flipped once per row swap. Throws `RangeError` for a
 * non-square matrix; the 0×0 matrix has determinant 1.
 */
export function det(A: readonly (readonly number[])[]): number {
  // TODO: copy A, eliminate column by column with partial pivoting, multiply the pivots.
  return todo('det');
}
