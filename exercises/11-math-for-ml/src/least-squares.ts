import { todo } from '@roadmap/todo';

/**
 * Python: `np.linalg.lstsq(X, y, rcond=None)[0]`.
 *
 * Returns the x that minimises ‖Xx − y‖₂; when several do (X has dependent columns, or fewer rows
 * than columns), the one with the smallest ‖x‖₂, like NumPy. `X` is m×n, `y` has m entries
 * (`RangeError` otherwise). X and y are left unchanged.
 */
export interface LstsqOptions {
  /** Singular values at most `rcond · σ_max` count as zero. @default ε · max(m, n) (NumPy's default) */
  rcond?: number;
}

/**
 * Solve through the SVD X = U Σ Vᵀ: x = Σ_j v_j (u_jᵀ y) / σ_j over the singular values above
 * the cutoff. Do not form XᵀX: the normal equations square the condition number.
 */
export function lstsq(X: readonly (readonly number[])[], y: readonly number[], opts: LstsqOptions = {}): number[] {
  // TODO: one-sided Jacobi on the columns of X, rotating the columns of V (identity at first) alongside.
  return todo('lstsq');
}
