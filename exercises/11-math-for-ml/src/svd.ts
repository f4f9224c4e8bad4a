import { todo } from '@roadmap/todo';

/**
 * Python: `np.linalg.svd(A, compute_uv=False)`, `np.linalg.matrix_rank(A)`, `np.linalg.cond(A)`.
 *
 * One-sided Jacobi (Hestenes): rotate pairs of columns of A until every pair is orthogonal.
 * The column lengths are then the singular values. AᵀA is never formed, so small singular
 * values keep their accuracy.
 */

/** The singular values of an m×n matrix, largest first (`min(m, n)` of them). */
export function singularValues(A: readonly (readonly number[])[]): number[] {
  // TODO: orthogonalise the columns of a copy (of Aᵀ when A is wide), return the sorted column lengths.
  return todo('singularValues');
}

/**
 * Python: `np.linalg.matrix_rank(A, tol=None)`: the number of singular values above `tol`,
 * by default `σ_max · max(m, n) · ε` (rounding makes "zero" singular values come out near 1e-16).
 */
export function rank(A: readonly (readonly number[])[], tol?: number): number {
  // TODO: count the singular values above the threshold.
  return todo('rank');
}

/** Python: `np.linalg.cond(A)`: σ_max / σ_min in the 2-norm; `Infinity` when σ_min is 0. */
export function cond(A: readonly (readonly number[])[]): number {
  // TODO: the ratio of the largest and the smallest singular value.
  return todo('cond');
}
