// Mistake: treats a matrix as singular only when a pivot is exactly 0.
import { SingularMatrixError } from './_errors.ts';

export { SingularMatrixError } from './_errors.ts';

/**
 * Python: `np.linalg.solve(A, b)` and `np.linalg.inv(A)`.
 *
 * Both factor PA = LU with partial pivoting. A pivot whose size is at most `n · ε · max|A|`
 * counts as zero: the matrix is singular to working precision and `SingularMatrixError` is thrown
 * (`throw new SingularMatrixError()`). A non-square A, or a b of the wrong length, is a `RangeError`.
 */

interface LU {
  lu: number[][];
  perm: number[];
}

function factor(A: readonly (readonly number[])[], what: string): LU {
  const n = A.length;
  for (const row of A) if (row.length !== n) throw new RangeError(`${what}: the matrix must be square`);
  const lu = A.map((row) => [...row]);
  const perm = Array.from({ length: n }, (_, i) => i);
  let scale = 0;
  for (const row of A) for (const x of row) scale = Math.max(scale, Math.abs(x));
  const tiny = n * Number.EPSILON * scale;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i]![k]!) > Math.abs(lu[p]![k]!)) p = i;
    // Compare with a tolerance, not with 0: rounding leaves ~1e-16 where exact arithmetic gives 0.
    if (lu[p]![k] === 0) throw new SingularMatrixError();
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k]!, lu[p]!];
      [perm[p], perm[k]] = [perm[k]!, perm[p]!];
    }
    const pivot = lu[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i]![k]! /= pivot); // store the multiplier where the zero would be (L below the diagonal)
      for (let j = k + 1; j < n; j++) lu[i]![j]! -= f * lu[k]![j]!;
    }
  }
  return { lu, perm };
}

function substitute({ lu, perm }: LU, b: readonly number[]): number[] {
  const n = lu.length;
  const x = perm.map((i) => b[i]!); // apply the row swaps to b
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) x[i]! -= lu[i]![j]! * x[j]!; // L y = Pb
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) x[i]! -= lu[i]![j]! * x[j]!;
    x[i]! /= lu[i]![i]!; // U x = y
  }
  return x;
}

/** Python: `np.linalg.solve(A, b)`: the x with Ax = b. A and b are left unchanged. */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  if (b.length !== A.length) throw new RangeError(`solve: A has ${A.length} rows but b has ${b.length} entries`);
  return substitute(factor(A, 'solve'), b);
}

/** Python: `np.linalg.inv(A)`: solve A x = e_j for every column e_j of the identity. */
export function inverse(A: readonly (readonly number[])[]): number[][] {
  const f = factor(A, 'inverse');
  const n = A.length;
  const cols = Array.from({ length: n }, (_, j) => substitute(f, Array.from({ length: n }, (_, i) => (i === j ? 1 : 0))));
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]!));
}
