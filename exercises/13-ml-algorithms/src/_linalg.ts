/**
 * Given code (not an exercise): the small dense linear algebra the estimators need, written in
 * stage 11. Matrices are row-major `number[][]`.
 *
 * | here               | NumPy                                   |
 * |--------------------|-----------------------------------------|
 * | `transpose(A)`     | `A.T`                                   |
 * | `matmul(A, B)`     | `A @ B`                                 |
 * | `matVec(A, x)`     | `A @ x`                                 |
 * | `solve(A, b)`      | `np.linalg.solve(A, b)`                 |
 * | `lstsq(X, y)`      | `np.linalg.lstsq(X, y, rcond=None)[0]`  |
 * | `eigSym(A)`        | `np.linalg.eigh(A)`, but descending, one eigenvector per row |
 */

export function transpose(A: readonly (readonly number[])[]): number[][] {
  const m = A.length;
  const n = m === 0 ? 0 : A[0]!.length;
  return Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => A[i]![j]!));
}

export function matmul(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  const n = B.length === 0 ? 0 : B[0]!.length;
  return A.map((row) => {
    const out = new Array<number>(n).fill(0);
    row.forEach((a, k) => {
      const Bk = B[k]!;
      for (let j = 0; j < n; j++) out[j]! += a * Bk[j]!;
    });
    return out;
  });
}

export function matVec(A: readonly (readonly number[])[], x: readonly number[]): number[] {
  return A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
}

/** Solves the square system Ax = b by LU with partial pivoting; throws `RangeError` when A is singular. */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = A.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of A) for (const x of row) scale = Math.max(scale, Math.abs(x));
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i]![k]!) > Math.abs(M[p]![k]!)) p = i;
    if (!(Math.abs(M[p]![k]!) > n * Number.EPSILON * scale)) throw new RangeError('solve: singular matrix');
    [M[p], M[k]] = [M[k]!, M[p]!];
    for (let i = k + 1; i < n; i++) {
      const f = M[i]![k]! / M[k]![k]!;
      for (let j = k; j <= n; j++) M[i]![j]! -= f * M[k]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * x[j]!;
    x[i] = s / M[i]![i]!;
  }
  return x;
}

/** One-sided Jacobi on the columns of X, rotating V alongside: X·V = W with orthogonal columns. */
function jacobiColumns(X: readonly (readonly number[])[]): { W: number[][]; V: number[][]; sigma: number[] } {
  const m = X.length;
  const n = m === 0 ? 0 : X[0]!.length;
  const W = X.map((r) => [...r]);
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
  return { W, V, sigma };
}

/** The least-squares solution of Xx ≈ y with the smallest norm (NumPy's `lstsq`). */
export function lstsq(X: readonly (readonly number[])[], y: readonly number[]): number[] {
  const m = X.length;
  const n = m === 0 ? 0 : X[0]!.length;
  const { W, V, sigma } = jacobiColumns(X);
  const cutoff = Number.EPSILON * Math.max(m, n) * Math.max(0, ...sigma);
  const x = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    if (!(sigma[j]! > cutoff)) continue;
    let wy = 0;
    for (let k = 0; k < m; k++) wy += W[k]![j]! * y[k]!;
    const coef = wy / (sigma[j]! * sigma[j]!);
    for (let i = 0; i < n; i++) x[i]! += coef * V[i]![j]!;
  }
  return x;
}

/** Eigen-decomposition of a symmetric matrix (Jacobi): values descending, `vectors[i]` pairs with `values[i]`. */
export function eigSym(A: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = A.length;
  const a = A.map((row) => [...row]);
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let frob = 0;
  for (const row of a) for (const x of row) frob += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! * a[p]![q]!;
    if (off <= 1e-32 * frob) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        a[p]![q] = 0;
        a[q]![p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = V[k]![p]!;
          const vkq = V[k]![q]!;
          V[k]![p] = c * vkp - s * vkq;
          V[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j]![j]! - a[i]![i]!);
  return { values: order.map((i) => a[i]![i]!), vectors: order.map((i) => V.map((row) => row[i]!)) };
}
