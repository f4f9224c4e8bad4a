// Mistake: swaps rows for pivoting but forgets that each swap flips the sign.
/**
 * Python: `np.linalg.det(A)`.
 *
 * Gaussian elimination to an upper-triangular U with partial pivoting (PA = LU): the determinant is
 * the product of U's diagonal, with the sign flipped once per row swap. Throws `RangeError` for a
 * non-square matrix; the 0×0 matrix has determinant 1.
 */
export function det(A: readonly (readonly number[])[]): number {
  const n = A.length;
  for (const row of A) if (row.length !== n) throw new RangeError('det: the matrix must be square');
  const U = A.map((row) => [...row]); // work on a copy: the caller's matrix stays unchanged
  let sign = 1;
  for (let k = 0; k < n; k++) {
    // Partial pivoting: the largest |entry| in column k at or below the diagonal.
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(U[i]![k]!) > Math.abs(U[p]![k]!)) p = i;
    if (U[p]![k] === 0) return 0; // the whole column is zero below the diagonal: singular
    if (p !== k) {
      [U[p], U[k]] = [U[k]!, U[p]!];
      // (the sign is left alone)
    }
    const pivot = U[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = U[i]![k]! / pivot;
      if (f === 0) continue;
      for (let j = k; j < n; j++) U[i]![j]! -= f * U[k]![j]!;
    }
  }
  let d = sign;
  for (let k = 0; k < n; k++) d *= U[k]![k]!;
  return d;
}
