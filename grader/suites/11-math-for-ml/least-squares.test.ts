import { Matrix, pseudoInverse, solve as mlSolve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { lstsq } from '@impl/11-math-for-ml/least-squares';
import { expectNear, maxAbs, mulberry32, randomMatrix, show } from './_kit.ts';

const pinvSolution = (X: number[][], y: number[]) => pseudoInverse(new Matrix(X)).mmul(Matrix.columnVector(y)).to1DArray();

function expectVectorNear(actual: number[], expected: number[], tol: number, input: string): void {
  expect(actual.length, `${input}: length`).toBe(expected.length);
  expected.forEach((e, i) => expectNear(actual[i], e, { atol: tol }, `${input}[${i}]`));
}

describe('lstsq', () => {
  it('fits a line through points that lie on it', () => {
    const X = [[1, 0], [1, 1], [1, 2], [1, 3]];
    const y = [1, 3, 5, 7];
    expectVectorNear(lstsq(X, y), [1, 2], 1e-12, 'lstsq(X, y) for y = 1 + 2x');
  });
  it('minimises the squared error for an inconsistent system', () => {
    // Three points (0,0), (1,1), (2,1): the least-squares line is y = 1/6 + x/2.
    expectVectorNear(lstsq([[1, 0], [1, 1], [1, 2]], [0, 1, 1]), [1 / 6, 1 / 2], 1e-12, 'lstsq for (0,0),(1,1),(2,1)');
  });
  it('agrees with ml-matrix solve (QR) on random tall full-rank problems', () => {
    const rng = mulberry32(17);
    for (let trial = 0; trial < 24; trial++) {
      const n = 1 + (trial % 4);
      const m = n + 1 + Math.floor(rng() * 6);
      const X = randomMatrix(rng, m, n);
      const y = Array.from({ length: m }, () => 4 * rng() - 2);
      const expected = mlSolve(new Matrix(X), Matrix.columnVector(y)).to1DArray();
      const x = lstsq(X, y);
      expectVectorNear(x, expected, 1e-9 * (1 + maxAbs(expected)), `lstsq(${show(X)}, ${show(y)})`);
      // Optimality: the residual is orthogonal to every column of X (Xᵀ(y − Xx) = 0).
      const r = y.map((yi, i) => yi - X[i]!.reduce((s, a, j) => s + a * x[j]!, 0));
      for (let j = 0; j < n; j++) {
        const g = r.reduce((s, ri, i) => s + ri * X[i]![j]!, 0);
        expectNear(g, 0, { atol: 1e-9 }, `column ${j} of X times the residual, for X=${show(X)}`);
      }
    }
  });
  it('stays accurate on an ill-conditioned problem where the normal equations fail', () => {
    // Läuchli: cond(X) ≈ 1.4e6, so cond(XᵀX) ≈ 2e12 and (XᵀX)⁻¹Xᵀy loses about 12 digits.
    const e = 1e-6;
    const X = [[1, 1], [e, 0], [0, e]];
    const y = [2, e, e];
    expectVectorNear(lstsq(X, y), [1, 1], 1e-8, 'lstsq(Läuchli, [2, ε, ε])');
    expectVectorNear(lstsq(X, y), mlSolve(new Matrix(X), Matrix.columnVector(y)).to1DArray(), 1e-8, 'lstsq vs ml-matrix QR');
  });
  it('returns the minimum-norm solution when columns are dependent (like numpy.linalg.lstsq)', () => {
    const X = [[1, 2], [2, 4], [3, 6]];
    const y = [1, 2, 3.5];
    expectVectorNear(lstsq(X, y), pinvSolution(X, y), 1e-9, `lstsq(${show(X)}, ${show(y)})`);
  });
  it('returns the minimum-norm solution of an underdetermined system', () => {
    const X = [[1, 1, 1]];
    expectVectorNear(lstsq(X, [3]), [1, 1, 1], 1e-12, 'lstsq([[1,1,1]], [3])');
    const rng = mulberry32(4);
    for (let trial = 0; trial < 9; trial++) {
      const m = 1 + (trial % 3);
      const n = m + 1 + Math.floor(rng() * 3);
      const W = randomMatrix(rng, m, n);
      const y = Array.from({ length: m }, () => rng() - 0.5);
      expectVectorNear(lstsq(W, y), pinvSolution(W, y), 1e-9, `lstsq(${show(W)}, ${show(y)})`);
    }
  });
  it('matches the pseudo-inverse on random rank-deficient problems', () => {
    const rng = mulberry32(99);
    for (let trial = 0; trial < 12; trial++) {
      const m = 4 + Math.floor(rng() * 4);
      const n = 3 + Math.floor(rng() * 2);
      const r = 1 + Math.floor(rng() * (n - 1));
      const X = new Matrix(randomMatrix(rng, m, r)).mmul(new Matrix(randomMatrix(rng, r, n))).to2DArray();
      const y = Array.from({ length: m }, () => rng() - 0.5);
      expectVectorNear(lstsq(X, y), pinvSolution(X, y), 1e-8, `lstsq(${show(X)}, ${show(y)}) (rank ${r})`);
    }
  });
  it('throws a RangeError when y does not have one entry per row of X', () => {
    expect(() => lstsq([[1, 0], [0, 1]], [1, 2, 3])).toThrow(RangeError);
  });
  it('does not modify X or y', () => {
    const X = [[1, 0], [1, 1], [1, 2]];
    const y = [0, 1, 1];
    lstsq(X, y);
    expect(X).toEqual([[1, 0], [1, 1], [1, 2]]);
    expect(y).toEqual([0, 1, 1]);
  });
});
