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
 * Solves through the SVD X = U Σ Vᵀ, computed by one-sided Jacobi on the columns of X:
 * x = Σ_j v_j (u_jᵀ y) / σ_j over the singular values above the cutoff. Never forms XᵀX:
 * the normal equations square the condition number and lose half the digits.
 */
export function lstsq(X: readonly (readonly number[])[], y: readonly number[], opts: LstsqOptions = {}): number[] {
  const m = X.length;
  if (y.length !== m) throw new RangeError(`lstsq: X has ${m} rows but y has ${y.length} entries`);
  const n = m === 0 ? 0 : X[0]!.length;
  for (const row of X) if (row.length !== n) throw new RangeError('lstsq: rows of X have different lengths');
  const W = X.map((r) => [...r]); // becomes U Σ: column j is σ_j u_j
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let k = 0; k < m; k++) {
          alpha += W[k]![i]! * W[k]![i]!;
          beta += W[k]![j]! * W[k]![j]!;
          gamma += W[k]![i]! * W[k]![j]!;
        }
        if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const M of [W, V]) {
          for (const row of M) {
            const a = row[i]!;
            const b = row[j]!;
            row[i] = c * a - s * b;
            row[j] = s * a + c * b;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const sigma = Array.from({ length: n }, (_, j) => Math.hypot(...W.map((r) => r[j]!)));
  const smax = Math.max(0, ...sigma);
  const cutoff = (opts.rcond ?? Number.EPSILON * Math.max(m, n)) * smax;
  const x = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    if (!(sigma[j]! > cutoff)) continue; // a (numerically) zero singular value adds nothing: minimum norm
    let wy = 0;
    for (let k = 0; k < m; k++) wy += W[k]![j]! * y[k]!;
    const coef = wy / (sigma[j]! * sigma[j]!); // (u_jᵀ y) / σ_j with u_j = w_j / σ_j
    for (let i = 0; i < n; i++) x[i]! += coef * V[i]![j]!;
  }
  return x;
}
