import fc from 'fast-check';
import { determinant, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { det } from '@impl/11-math-for-ml/determinant';
import { expectNear, mulberry32, randomMatrix, show } from './_kit.ts';

const mmul = (A: number[][], B: number[][]) => new Matrix(A).mmul(new Matrix(B)).to2DArray();

describe('det', () => {
  it('computes 2×2 and 3×3 determinants', () => {
    expectNear(det([[3, 8], [4, 6]]), -14, { atol: 1e-12 }, 'det([[3,8],[4,6]])');
    expectNear(det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), -306, { atol: 1e-12 }, 'det([[6,1,1],[4,-2,5],[2,8,7]])');
  });
  it('flips the sign for every row swap (det of a permutation matrix)', () => {
    expect(det([[0, 1], [1, 0]])).toBe(-1);
    expect(det([[0, 1, 0], [0, 0, 1], [1, 0, 0]])).toBe(1);
    expect(det([[0, 0, 1], [0, 1, 0], [1, 0, 0]])).toBe(-1);
  });
  it('pivots when the leading entry is zero', () => {
    expectNear(det([[0, 2, 1], [3, 1, 4], [1, 5, 9]]), -32, { atol: 1e-12 }, 'det([[0,2,1],[3,1,4],[1,5,9]])');
  });
  it('is 0 for a singular matrix', () => {
    expect(det([[1, 2], [2, 4]])).toBe(0);
    expect(Math.abs(det([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))).toBeLessThan(1e-12);
  });
  it('gives 1 for the empty (0×0) matrix, like NumPy', () => {
    expect(det([])).toBe(1);
  });
  it('throws a RangeError for a non-square matrix', () => {
    expect(() => det([[1, 2, 3], [4, 5, 6]])).toThrow(RangeError);
  });
  it('agrees with ml-matrix determinant on random matrices up to 7×7', () => {
    const rng = mulberry32(11);
    for (let trial = 0; trial < 35; trial++) {
      const n = 1 + (trial % 7);
      const A = randomMatrix(rng, n, n).map((r) => r.map((x) => 5 * x));
      const expected = determinant(new Matrix(A));
      expectNear(det(A), expected, { rtol: 1e-9, atol: 1e-12 }, `det(${show(A)})`);
    }
  });
  it('is multiplicative: det(AB) = det(A)·det(B)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer(), (n, seed) => {
        const rng = mulberry32(seed);
        const A = randomMatrix(rng, n, n);
        const B = randomMatrix(rng, n, n);
        const dA = det(A);
        const dB = det(B);
        expectNear(det(mmul(A, B)), dA * dB, { rtol: 1e-9, atol: 1e-12 }, `A=${show(A)}, B=${show(B)}`);
      }),
      { numRuns: 30 },
    );
  });
  it('does not modify its argument', () => {
    const A = [[0, 2], [3, 1]];
    det(A);
    expect(A).toEqual([[0, 2], [3, 1]]);
  });
});
