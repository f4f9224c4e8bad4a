// Mistake: counts every singular value above 0 as nonzero (no rounding tolerance).
/**
 * Python: `np.linalg.svd(A, compute_uv=False)`, `np.linalg.matrix_rank(A)`, `np.linalg.cond(A)`.
 *
 * One-sided Jacobi (Hestenes): rotate pairs of columns of A until every pair is orthogonal.
 * The column lengths are then the singular values. AᵀA is never formed, so small singular
 * values keep their accuracy.
 */

/** The singular values of an m×n matrix, largest first (`min(m, n)` of them). */
export function singularValues(A: readonly (readonly number[])[]): number[] {
  const m = A.length;
  const n = m === 0 ? 0 : A[0]!.length;
  for (const row of A) if (row.length !== n) throw new RangeError('singularValues: rows have different lengths');
  // Work on the columns of the taller orientation: A and Aᵀ have the same singular values.
  const W: number[][] = n <= m ? A.map((r) => [...r]) : Array.from({ length: n }, (_, j) => A.map((r) => r[j]!));
  const rows = W.length;
  const cols = Math.min(m, n);
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let i = 0; i < cols - 1; i++) {
      for (let j = i + 1; j < cols; j++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let k = 0; k < rows; k++) {
          const wi = W[k]![i]!;
          const wj = W[k]![j]!;
          alpha += wi * wi;
          beta += wj * wj;
          gamma += wi * wj;
        }
        if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let k = 0; k < rows; k++) {
          const wi = W[k]![i]!;
          const wj = W[k]![j]!;
          W[k]![i] = c * wi - s * wj;
          W[k]![j] = s * wi + c * wj;
        }
      }
    }
    if (!rotated) break;
  }
  const s = Array.from({ length: cols }, (_, j) => Math.hypot(...W.map((r) => r[j]!)));
  return s.sort((a, b) => b - a);
}

/**
 * Python: `np.linalg.matrix_rank(A, tol=None)`: the number of singular values above `tol`,
 * by default `σ_max · max(m, n) · ε` (rounding makes "zero" singular values come out near 1e-16).
 */
export function rank(A: readonly (readonly number[])[], tol?: number): number {
  const s = singularValues(A);
  if (s.length === 0) return 0;
  const m = A.length;
  const n = A[0]!.length;
  const threshold = tol ?? 0;
  return s.filter((x) => x > threshold).length;
}

/** Python: `np.linalg.cond(A)`: σ_max / σ_min in the 2-norm; `Infinity` when σ_min is 0. */
export function cond(A: readonly (readonly number[])[]): number {
  const s = singularValues(A);
  if (s.length === 0) throw new RangeError('cond: empty matrix');
  const smin = s[s.length - 1]!;
  return smin === 0 ? Infinity : s[0]! / smin;
}
