import { mulberry32 } from '@roadmap/testkit';
import { Matrix, QrDecomposition } from 'ml-matrix';

/**
 * Fails with the input, the expected and the received value unless |actual − expected| ≤
 * atol + rtol·|expected|. NaN matches NaN and infinities match themselves.
 */
export function expectNear(actual: unknown, expected: number, tol: { rtol?: number; atol?: number }, input: string): void {
  const { rtol = 0, atol = 0 } = tol;
  let ok: boolean;
  if (typeof actual !== 'number') ok = false;
  else if (Number.isNaN(expected)) ok = Number.isNaN(actual);
  else if (!Number.isFinite(expected)) ok = actual === expected;
  else ok = Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  if (!ok) {
    const err = typeof actual === 'number' ? Math.abs(actual - expected) : NaN;
    throw new Error(
      `${input}\nexpected: ${expected}\nreceived: ${String(actual)}\n` +
        `error ${err} exceeds ${atol ? `atol ${atol}` : ''}${atol && rtol ? ' + ' : ''}${rtol ? `rtol ${rtol}·|expected|` : ''}`,
    );
  }
}

/** Largest |entry| of a vector or matrix. */
export function maxAbs(a: readonly number[] | readonly (readonly number[])[]): number {
  let m = 0;
  for (const x of a as unknown[]) {
    if (Array.isArray(x)) m = Math.max(m, maxAbs(x as number[]));
    else m = Math.max(m, Math.abs(x as number));
  }
  return m;
}

/** A rows×cols matrix of uniform entries in [-1, 1) from a seeded generator. */
export function randomMatrix(rng: () => number, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => 2 * rng() - 1));
}

/** A random n×n orthogonal matrix: Q of the QR factorisation of a random matrix (ml-matrix). */
export function randomOrthogonal(rng: () => number, n: number): number[][] {
  return new QrDecomposition(new Matrix(randomMatrix(rng, n, n))).orthogonalMatrix.to2DArray();
}

/** Q · diag(d) · Qᵀ for a random orthogonal Q: a symmetric matrix with eigenvalues d. */
export function symmetricWithEigenvalues(rng: () => number, d: readonly number[]): { A: number[][]; Q: number[][] } {
  const Q = randomOrthogonal(rng, d.length);
  const Qm = new Matrix(Q);
  const A = Qm.mmul(Matrix.diag([...d])).mmul(Qm.transpose()).to2DArray();
  // Symmetrise exactly: rounding leaves A[i][j] and A[j][i] a few ulps apart.
  for (let i = 0; i < A.length; i++) for (let j = 0; j < i; j++) A[i]![j] = A[j]![i]!;
  return { A, Q };
}

export { mulberry32 };

export const show = (x: unknown): string => JSON.stringify(x);
