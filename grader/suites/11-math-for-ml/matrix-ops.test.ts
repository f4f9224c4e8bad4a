import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { identity, matmul, transpose } from '@impl/11-math-for-ml/matrix-ops';
import { expectNear, show } from './_kit.ts';

const entry = fc.integer({ min: -1000, max: 1000 }).map((i) => i / 10);
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const dims = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
const product = dims.chain(([m, k, n]) => fc.tuple(matrix(m, k), matrix(k, n)));

function expectMatrixNear(actual: number[][], expected: number[][], tol: number, input: string): void {
  expect(actual.length, `${input}: row count`).toBe(expected.length);
  expected.forEach((row, i) => {
    expect(actual[i]?.length, `${input}: length of row ${i}`).toBe(row.length);
    row.forEach((x, j) => expectNear(actual[i]![j], x, { atol: tol }, `${input}, entry [${i}][${j}]`));
  });
}

describe('matmul', () => {
  it('multiplies a 2×3 by a 3×2 matrix', () => {
    expect(matmul([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]])).toEqual([[58, 64], [139, 154]]);
  });
  it('handles a row times a column and a column times a row', () => {
    expect(matmul([[1, 2, 3]], [[4], [5], [6]])).toEqual([[32]]);
    expect(matmul([[1], [2]], [[3, 4]])).toEqual([[3, 4], [6, 8]]);
  });
  it('agrees with ml-matrix mmul on random shapes', () => {
    fc.assert(
      fc.property(product, ([A, B]) => {
        const expected = new Matrix(A).mmul(new Matrix(B)).to2DArray();
        expectMatrixNear(matmul(A, B), expected, 1e-9, `matmul(${show(A)}, ${show(B)})`);
      }),
      { numRuns: 40 },
    );
  });
  it('throws a RangeError when the inner dimensions differ', () => {
    expect(() => matmul([[1, 2]], [[1, 2]])).toThrow(RangeError);
  });
  it('does not modify its arguments', () => {
    const A = [[1, 2], [3, 4]];
    const B = [[5, 6], [7, 8]];
    matmul(A, B);
    expect(A).toEqual([[1, 2], [3, 4]]);
    expect(B).toEqual([[5, 6], [7, 8]]);
  });
});

describe('transpose', () => {
  it('swaps rows and columns of a non-square matrix', () => {
    expect(transpose([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(transpose([[1, 2, 3]])).toEqual([[1], [2], [3]]);
  });
  it('agrees with ml-matrix transpose and is an involution', () => {
    fc.assert(
      fc.property(dims.chain(([m, n]) => matrix(m, n)), (A) => {
        expect(transpose(A)).toEqual(new Matrix(A).transpose().to2DArray());
        expect(transpose(transpose(A))).toEqual(A);
      }),
      { numRuns: 40 },
    );
  });
  it('satisfies (AB)ᵀ = BᵀAᵀ', () => {
    fc.assert(
      fc.property(product, ([A, B]) => {
        expectMatrixNear(transpose(matmul(A, B)), matmul(transpose(B), transpose(A)), 1e-9, `A=${show(A)}, B=${show(B)}`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('identity', () => {
  it('has ones on the diagonal and zeros elsewhere', () => {
    expect(identity(3)).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    expect(identity(1)).toEqual([[1]]);
  });
  it('returns independent rows (changing one entry changes only that entry)', () => {
    const I = identity(3);
    I[0]![1] = 5;
    expect(I).toEqual([[1, 5, 0], [0, 1, 0], [0, 0, 1]]);
  });
  it('is neutral for matmul: I·A = A·I = A', () => {
    fc.assert(
      fc.property(dims.chain(([m, n]) => matrix(m, n)), (A) => {
        expect(matmul(identity(A.length), A)).toEqual(A);
        expect(matmul(A, identity(A[0]!.length))).toEqual(A);
      }),
      { numRuns: 40 },
    );
  });
});
