// Mistake: stops power iteration only when x_new ≈ x, so a negative dominant eigenvalue never converges.
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

function checkSymmetric(A: readonly (readonly number[])[]): void {
  const n = A.length;
  let scale = 0;
  for (const row of A) {
    if (row.length !== n) throw new RangeError('eigSym: the matrix must be square');
    for (const x of row) scale = Math.max(scale, Math.abs(x));
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i]![j]! - A[j]![i]!) > 1e-12 * scale) throw new RangeError(`eigSym: A is not symmetric at (${i}, ${j})`);
    }
  }
}

/**
 * Cyclic Jacobi: repeatedly rotate in the (p, q) plane to zero the off-diagonal entry a_pq.
 * The rotations accumulate in V, whose columns become the eigenvectors; the diagonal of A
 * becomes the eigenvalues. Throws `RangeError` when A is not square and symmetric.
 */
export function eigSym(A: readonly (readonly number[])[]): EigenResult {
  checkSymmetric(A);
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
        // Choose the smaller rotation angle: t = tan θ solves t² + 2θt − 1 = 0.
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          // A ← A J (columns p and q)
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          // A ← Jᵀ A (rows p and q)
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
  return {
    values: order.map((i) => a[i]![i]!),
    // Column i of V belongs to eigenvalue a[i][i]; hand it back as a row.
    vectors: order.map((i) => V.map((row) => row[i]!)),
  };
}

/**
 * Power iteration: x ← A x / ‖A x‖ until x stops changing. Converges to the eigenvector of the
 * eigenvalue with the largest |λ| when it is strictly dominant. With a negative dominant eigenvalue
 * x flips sign every step, so convergence is tested up to sign.
 */
export function powerIteration(A: readonly (readonly number[])[], opts: PowerIterationOptions = {}): PowerIterationResult {
  const n = A.length;
  for (const row of A) if (row.length !== n) throw new RangeError('powerIteration: the matrix must be square');
  const { maxIter = 1000, tol = 1e-12 } = opts;
  const start = opts.x0 ? [...opts.x0] : new Array<number>(n).fill(1);
  if (start.length !== n) throw new RangeError('powerIteration: x0 has the wrong length');
  const mult = (x: number[]) => A.map((row) => row.reduce((s, aij, j) => s + aij * x[j]!, 0));
  const unit = (x: number[]) => {
    const len = Math.hypot(...x);
    if (len === 0) throw new RangeError('powerIteration: the iterate became the zero vector');
    return x.map((v) => v / len);
  };
  let x = unit(start);
  let value = 0;
  let iterations = 0;
  while (iterations < maxIter) {
    const y = mult(x);
    iterations++;
    value = y.reduce((s, yi, i) => s + yi * x[i]!, 0); // Rayleigh quotient xᵀAx with ‖x‖ = 1
    const next = unit(y);
    let same = 0;
    let flipped = 0;
    for (let i = 0; i < n; i++) {
      same = Math.max(same, Math.abs(next[i]! - x[i]!));
      flipped = Math.max(flipped, Math.abs(next[i]! + x[i]!));
    }
    x = next;
    if (same < tol) break;
  }
  value = mult(x).reduce((s, yi, i) => s + yi * x[i]!, 0);
  return { value, vector: x, iterations };
}
