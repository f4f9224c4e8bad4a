import { inverse as mlInverse, Matrix, solve as mlSolve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { inverse, solve } from '@impl/11-math-for-ml/solve-inverse';
import { expectNear, maxAbs, mulberry32, randomMatrix, show } from './_kit.ts';

/** A random well-conditioned n×n system: diagonally dominant A, random b. */
function system(rng: () => number, n: number): { A: number[][]; b: number[] } {
  const A = randomMatrix(rng, n, n);
  for (let i = 0; i < n; i++) A[i]![i]! += n * (rng() < 0.5 ? -1 : 1);
  // Shuffle the rows so the largest entries are not already on the diagonal: pivoting is needed.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [A[i], A[j]] = [A[j]!, A[i]!];
  }
  return { A, b: Array.from({ length: n }, () => 10 * rng() - 5) };
}

function expectThrowsSingular(fn: () => unknown, input: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `${input} should throw SingularMatrixError`).toBeInstanceOf(Error);
  expect((thrown as Error).name, `${input}: error name`).toBe('SingularMatrixError');
}

describe('solve', () => {
  it('solves a small system exactly', () => {
    const x = solve([[2, 1], [1, 3]], [3, 5]);
    expectNear(x[0], 0.8, { atol: 1e-12 }, 'solve([[2,1],[1,3]], [3,5])[0]');
    expectNear(x[1], 1.4, { atol: 1e-12 }, 'solve([[2,1],[1,3]], [3,5])[1]');
  });
  it('swaps rows when the first pivot is zero', () => {
    expect(solve([[0, 1], [1, 0]], [2, 3])).toEqual([3, 2]);
  });
  it('uses partial pivoting: a tiny (not zero) pivot does not wreck the answer', () => {
    // Without pivoting, eliminating with 1e-20 gives x = [0, 1]; the true answer is ≈ [1, 1].
    const x = solve([[1e-20, 1], [1, 1]], [1, 2]);
    expectNear(x[0], 1, { atol: 1e-12 }, 'solve([[1e-20,1],[1,1]], [1,2])[0]');
    expectNear(x[1], 1, { atol: 1e-12 }, 'solve([[1e-20,1],[1,1]], [1,2])[1]');
  });
  it('has a residual ‖Ax − b‖ within 1e-9 and agrees with ml-matrix solve on random systems', () => {
    const rng = mulberry32(2024);
    for (let trial = 0; trial < 32; trial++) {
      const n = 1 + (trial % 8);
      const { A, b } = system(rng, n);
      const x = solve(A, b);
      expect(x.length, 'solution length').toBe(n);
      const residual = A.map((row, i) => row.reduce((s, a, j) => s + a * x[j]!, 0) - b[i]!);
      expect(maxAbs(residual), `residual of solve(${show(A)}, ${show(b)})`).toBeLessThanOrEqual(1e-9);
      const expected = mlSolve(new Matrix(A), Matrix.columnVector(b)).to1DArray();
      expected.forEach((e, i) => expectNear(x[i], e, { atol: 1e-9 }, `solve(${show(A)}, ${show(b)})[${i}]`));
    }
  });
  it('throws SingularMatrixError for an exactly singular matrix', () => {
    expectThrowsSingular(() => solve([[1, 2], [2, 4]], [1, 2]), 'solve([[1,2],[2,4]])');
    expectThrowsSingular(() => solve([[0, 0], [0, 0]], [0, 0]), 'solve(zeros)');
  });
  it('throws SingularMatrixError when rounding leaves a ~1e-16 pivot ([[1,2,3],[4,5,6],[7,8,9]])', () => {
    expectThrowsSingular(() => solve([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3]), 'solve([[1,2,3],[4,5,6],[7,8,9]])');
  });
  it('throws a RangeError when b has the wrong length or A is not square', () => {
    expect(() => solve([[1, 0], [0, 1]], [1, 2, 3])).toThrow(RangeError);
    expect(() => solve([[1, 0, 0], [0, 1, 0]], [1, 2])).toThrow(RangeError);
  });
  it('does not modify A or b', () => {
    const A = [[0, 2], [3, 1]];
    const b = [4, 5];
    solve(A, b);
    expect(A).toEqual([[0, 2], [3, 1]]);
    expect(b).toEqual([4, 5]);
  });
});

describe('inverse', () => {
  it('inverts a 2×2 matrix', () => {
    const inv = inverse([[4, 7], [2, 6]]);
    const expected = [[0.6, -0.7], [-0.2, 0.4]];
    expected.forEach((row, i) => row.forEach((e, j) => expectNear(inv[i]![j], e, { atol: 1e-12 }, `inverse([[4,7],[2,6]])[${i}][${j}]`)));
  });
  it('gives A·A⁻¹ = I within 1e-9 and agrees with ml-matrix inverse', () => {
    const rng = mulberry32(77);
    for (let trial = 0; trial < 28; trial++) {
      const n = 1 + (trial % 7);
      const { A } = system(rng, n);
      const inv = inverse(A);
      const prod = new Matrix(A).mmul(new Matrix(inv)).to2DArray();
      prod.forEach((row, i) => row.forEach((x, j) => expectNear(x, i === j ? 1 : 0, { atol: 1e-9 }, `(A·inverse(A))[${i}][${j}] for A=${show(A)}`)));
      const expected = mlInverse(new Matrix(A)).to2DArray();
      expected.forEach((row, i) => row.forEach((e, j) => expectNear(inv[i]![j], e, { atol: 1e-9 }, `inverse(${show(A)})[${i}][${j}]`)));
    }
  });
  it('throws SingularMatrixError for singular matrices', () => {
    expectThrowsSingular(() => inverse([[1, 2], [2, 4]]), 'inverse([[1,2],[2,4]])');
    expectThrowsSingular(() => inverse([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), 'inverse([[1,2,3],[4,5,6],[7,8,9]])');
  });
  it('does not modify its argument', () => {
    const A = [[0, 2], [3, 1]];
    inverse(A);
    expect(A).toEqual([[0, 2], [3, 1]]);
  });
});
