/**
 * Matrices as row-major `number[][]` (`A[i][j]` is row i, column j).
 *
 * Python (NumPy): `A @ B`, `A.T`, `np.eye(n)`.
 */

/** Python: `A @ B`. An m×k times a k×n matrix gives m×n; `RangeError` when the inner sizes differ. */
export function matmul(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  const m = A.length;
  const k = B.length;
  const n = k === 0 ? 0 : B[0]!.length;
  for (const row of A) {
    if (row.length !== k) throw new RangeError(`matmul: A has ${row.length} columns but B has ${k} rows`);
  }
  const C: number[][] = [];
  for (let i = 0; i < m; i++) {
    const Ai = A[i]!;
    const Ci = new Array<number>(n).fill(0);
    // i-k-j order walks B row by row, which is cache friendly; each C[i][j] still sums over k ascending.
    for (let p = 0; p < k; p++) {
      const a = Ai[p]!;
      const Bp = B[p]!;
      for (let j = 0; j < n; j++) Ci[j]! += a * Bp[j]!;
    }
    C.push(Ci);
  }
  return C;
}

/** Python: `A.T`. An m×n matrix becomes n×m. */
export function transpose(A: readonly (readonly number[])[]): number[][] {
  const m = A.length;
  const n = m === 0 ? 0 : A[0]!.length;
  // n rows of length m: the dimensions swap, so a non-square matrix changes shape.
  return Array.from({ length: n }, (_, j) => Array.from({ length: m }, (_, i) => A[i]![j]!));
}

/** Python: `np.eye(n)`. */
export function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}
