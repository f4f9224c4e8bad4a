import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { eigSym, powerIteration } from '@impl/11-math-for-ml/eigen';
import { expectNear, maxAbs, mulberry32, randomMatrix, show, symmetricWithEigenvalues } from './_kit.ts';

const matVec = (A: number[][], v: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
const len = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** v and w equal up to a global sign flip. */
function expectSameUpToSign(v: number[] | undefined, w: number[], tol: number, input: string): void {
  expect(v?.length, `${input}: vector length`).toBe(w.length);
  const dotVW = v!.reduce((s, x, i) => s + x * w[i]!, 0);
  const sign = dotVW < 0 ? -1 : 1;
  v!.forEach((x, i) => expectNear(sign * x, w[i]!, { atol: tol }, `${input}, entry ${i} (compared up to sign)`));
}

function randomSymmetric(rng: () => number, n: number): number[][] {
  const B = randomMatrix(rng, n, n);
  return B.map((row, i) => row.map((_, j) => (i <= j ? B[i]![j]! : B[j]![i]!)));
}

describe('eigSym', () => {
  it('diagonalises [[2, 1], [1, 2]]: values [3, 1], one eigenvector per row', () => {
    const { values, vectors } = eigSym([[2, 1], [1, 2]]);
    expectNear(values[0], 3, { atol: 1e-12 }, 'largest eigenvalue');
    expectNear(values[1], 1, { atol: 1e-12 }, 'smallest eigenvalue');
    expectSameUpToSign(vectors[0], [Math.SQRT1_2, Math.SQRT1_2], 1e-12, 'eigenvector of 3');
    expectSameUpToSign(vectors[1], [Math.SQRT1_2, -Math.SQRT1_2], 1e-12, 'eigenvector of 1');
  });
  it('returns a diagonal matrix sorted descending, with unit axis vectors', () => {
    const { values, vectors } = eigSym([[1, 0, 0], [0, 5, 0], [0, 0, -2]]);
    expect(values).toEqual([5, 1, -2]);
    expectSameUpToSign(vectors[0], [0, 1, 0], 0, 'eigenvector of 5');
    expectSameUpToSign(vectors[2], [0, 0, 1], 0, 'eigenvector of -2');
  });
  it('puts each eigenvector in a row (not a column, as numpy.linalg.eigh does)', () => {
    const rng = mulberry32(5);
    const { A } = symmetricWithEigenvalues(rng, [6, 3, -1]);
    const { values, vectors } = eigSym(A);
    vectors.forEach((v, i) => {
      const r = matVec(A, v).map((x, j) => x - values[i]! * v[j]!);
      expect(maxAbs(r), `‖A·vectors[${i}] − values[${i}]·vectors[${i}]‖ for A=${show(A)}`).toBeLessThanOrEqual(1e-9);
    });
  });
  it('agrees with ml-matrix EigenvalueDecomposition on random symmetric matrices', () => {
    const rng = mulberry32(314);
    for (let trial = 0; trial < 21; trial++) {
      const n = 1 + (trial % 7);
      const A = randomSymmetric(rng, n);
      const evd = new EigenvalueDecomposition(new Matrix(A), { assumeSymmetric: true });
      // ml-matrix sorts ascending with eigenvectors in columns: reverse both.
      const expValues = [...evd.realEigenvalues].reverse();
      const V = evd.eigenvectorMatrix.to2DArray();
      const expVectors = expValues.map((_, k) => V.map((row) => row[n - 1 - k]!));
      const { values, vectors } = eigSym(A);
      expect(values.length, 'number of eigenvalues').toBe(n);
      expValues.forEach((e, i) => expectNear(values[i], e, { atol: 1e-9 }, `eigSym(${show(A)}).values[${i}]`));
      for (let i = 0; i < n; i++) {
        const gap = Math.min(i > 0 ? expValues[i - 1]! - expValues[i]! : Infinity, i < n - 1 ? expValues[i]! - expValues[i + 1]! : Infinity);
        // A vector is only determined (up to sign) when its eigenvalue is well separated.
        if (gap > 1e-3) expectSameUpToSign(vectors[i], expVectors[i]!, 1e-6, `eigSym(${show(A)}).vectors[${i}]`);
        const v = vectors[i]!;
        expectNear(len(v), 1, { atol: 1e-9 }, `‖vectors[${i}]‖`);
        const r = matVec(A, v).map((x, j) => x - values[i]! * v[j]!);
        expect(maxAbs(r), `residual of pair ${i} for A=${show(A)}`).toBeLessThanOrEqual(1e-9);
      }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const d = vectors[i]!.reduce((s, x, k) => s + x * vectors[j]![k]!, 0);
          expectNear(d, 0, { atol: 1e-9 }, `vectors[${i}]·vectors[${j}] for A=${show(A)}`);
        }
      }
    }
  });
  it('returns an orthonormal basis even for a repeated eigenvalue', () => {
    const { values, vectors } = eigSym([[2, 0, 0], [0, 2, 0], [0, 0, 2]]);
    expect(values).toEqual([2, 2, 2]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const d = vectors[i]!.reduce((s, x, k) => s + x * vectors[j]![k]!, 0);
        expectNear(d, i === j ? 1 : 0, { atol: 1e-12 }, `vectors[${i}]·vectors[${j}]`);
      }
    }
  });
  it('throws a RangeError for a non-symmetric matrix', () => {
    expect(() => eigSym([[1, 2], [3, 4]])).toThrow(RangeError);
  });
  it('does not modify its argument', () => {
    const A = [[2, 1], [1, 2]];
    eigSym(A);
    expect(A).toEqual([[2, 1], [1, 2]]);
  });
});

describe('powerIteration', () => {
  it('finds the dominant eigenpair of a symmetric matrix with eigenvalues 5, 2, 1', () => {
    const rng = mulberry32(99);
    const { A, Q } = symmetricWithEigenvalues(rng, [5, 2, 1]);
    const { value, vector, iterations } = powerIteration(A);
    expectNear(value, 5, { atol: 1e-9 }, `powerIteration(${show(A)}).value`);
    expectSameUpToSign(vector, Q.map((row) => row[0]!), 1e-6, 'dominant eigenvector');
    expectNear(len(vector), 1, { atol: 1e-12 }, '‖vector‖');
    expect(iterations).toBeGreaterThan(1);
    expect(iterations).toBeLessThan(1000);
  });
  it('handles a non-symmetric matrix ([[4, 1], [2, 3]] has eigenvalues 5 and 2)', () => {
    const { value, vector } = powerIteration([[4, 1], [2, 3]]);
    expectNear(value, 5, { atol: 1e-9 }, 'powerIteration([[4,1],[2,3]]).value');
    expectSameUpToSign(vector, [Math.SQRT1_2, Math.SQRT1_2], 1e-6, 'eigenvector of 5');
  });
  it('finds a negative dominant eigenvalue and stops early (the vector flips sign each step)', () => {
    const rng = mulberry32(7);
    const { A, Q } = symmetricWithEigenvalues(rng, [-6, 3, 1]);
    const { value, vector, iterations } = powerIteration(A, { maxIter: 500 });
    expectNear(value, -6, { atol: 1e-9 }, `powerIteration(${show(A)}).value`);
    expectSameUpToSign(vector, Q.map((row) => row[0]!), 1e-6, 'dominant eigenvector');
    expect(iterations, 'iterations: convergence must be tested up to sign').toBeLessThan(500);
  });
  it('starts from x0 when given and respects maxIter', () => {
    const A = [[2, 0], [0, 1]];
    const one = powerIteration(A, { x0: [1, 1], maxIter: 1 });
    expect(one.iterations).toBe(1);
    // One step from [1, 1]/√2 gives [2, 1]/√5, whose Rayleigh quotient is (8 + 1)/5.
    expectSameUpToSign(one.vector, [2 / Math.sqrt(5), 1 / Math.sqrt(5)], 1e-12, 'vector after one step');
    expectNear(one.value, 9 / 5, { atol: 1e-12 }, 'value after one step');
    const fromAxis = powerIteration(A, { x0: [0, 1] });
    expectNear(fromAxis.value, 1, { atol: 1e-12 }, 'x0 on the second axis stays there');
  });
});
