import MLR from 'ml-regression-multivariate-linear';
import { describe, expect, it } from 'vitest';
import { LinearRegression, SGDRegressor } from '@impl/13-ml-algorithms/linear-regression';
import golden from './goldens/linear-regression.json';
import { expectNear, expectNotFitted, mulberry32, show } from './_kit.ts';

/** A seeded, well-conditioned regression problem: standardised-ish features, y = Xw + b (+ noise). */
function problem(seed: number, n: number, p: number, noise: number) {
  const rng = mulberry32(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => 2 * rng() - 1));
  const w = Array.from({ length: p }, () => 4 * rng() - 2);
  const y = X.map((r) => 0.7 + r.reduce((s, v, j) => s + v * w[j]!, 0) + noise * (rng() - 0.5));
  return { X, y, w };
}

/** ml-regression-multivariate-linear: weights has one row per feature, then the intercept row. */
function mlr(X: number[][], y: number[]) {
  const m = new MLR(X, y.map((v) => [v]), { intercept: true });
  return { coef: m.weights.slice(0, -1).map((r) => r[0]!), intercept: m.weights[m.weights.length - 1]![0]! };
}

describe('LinearRegression', () => {
  it('matches sklearn LinearRegression (coef, intercept, predict, score)', () => {
    for (const c of golden.cases) {
      const input = `LinearRegression({ fitIntercept: ${c.fitIntercept} }).fit(${show(c.X)}, ${show(c.y)})`;
      const m = new LinearRegression({ fitIntercept: c.fitIntercept }).fit(c.X, c.y);
      expectNear(m.coef, c.coef, { atol: 1e-9, rtol: 1e-9 }, `${input}.coef`);
      expectNear(m.intercept, c.intercept, { atol: 1e-9, rtol: 1e-9 }, `${input}.intercept`);
      expectNear(m.predict(c.Xtest), c.predict, { atol: 1e-9, rtol: 1e-9 }, `${input}.predict(${show(c.Xtest)})`);
      expectNear(m.score(c.X, c.y), c.score, { atol: 1e-9 }, `${input}.score`);
    }
  });
  it('gives the minimum-norm coefficients when a column is the sum of two others (like sklearn)', () => {
    const c = golden.cases[golden.cases.length - 1]!;
    const m = new LinearRegression().fit(c.X, c.y);
    expectNear(m.coef, c.coef, { atol: 1e-8 }, `LinearRegression().fit(${show(c.X)}, ${show(c.y)}).coef`);
  });
  it('agrees with ml-regression-multivariate-linear on random problems', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { X, y } = problem(seed, 15 + seed * 3, 1 + (seed % 4), 0.5);
      const e = mlr(X, y);
      const m = new LinearRegression().fit(X, y);
      expectNear(m.coef, e.coef, { atol: 1e-9 }, `coef for seed ${seed}`);
      expectNear(m.intercept, e.intercept, { atol: 1e-9 }, `intercept for seed ${seed}`);
    }
  });
  it('returns this from fit and keeps intercept 0 without fitIntercept', () => {
    const m = new LinearRegression({ fitIntercept: false });
    expect(m.fit([[1], [2], [3]], [2, 4, 6])).toBe(m);
    expect(m.intercept).toBe(0);
    expectNear(m.coef, [2], { atol: 1e-12 }, 'coef of y = 2x through the origin');
  });
  it('throws NotFittedError before fit', () => {
    const m = new LinearRegression();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.coef, 'coef');
    expectNotFitted(() => m.intercept, 'intercept');
  });
  it('does not modify X or y', () => {
    const X = [[1, 2], [3, 5], [4, 4], [6, 1]];
    const y = [1, 2, 3, 4];
    new LinearRegression().fit(X, y);
    expect(X).toEqual([[1, 2], [3, 5], [4, 4], [6, 1]]);
    expect(y).toEqual([1, 2, 3, 4]);
  });
});

describe('SGDRegressor', () => {
  it('takes one full-batch step of size eta0 on ½·mean squared error', () => {
    const X = [[1, 2], [3, -1], [0, 4]];
    const y = [3, 1, -2];
    const m = new SGDRegressor({ eta0: 0.1, maxIter: 1 }).fit(X, y);
    // From zero weights the residual is −y: w = eta0·Xᵀy/n, b = eta0·mean(y).
    const n = 3;
    const w = [0, 1].map((j) => (0.1 * X.reduce((s, r, i) => s + r[j]! * y[i]!, 0)) / n);
    expectNear(m.coef, w, { atol: 1e-15 }, 'coef after one epoch');
    expectNear(m.intercept, (0.1 * (3 + 1 - 2)) / n, { atol: 1e-15 }, 'intercept after one epoch');
    expect(m.nIter).toBe(1);
  });
  it('converges to the least-squares solution (ml-regression-multivariate-linear) with full batches', () => {
    for (let seed = 11; seed <= 14; seed++) {
      const { X, y } = problem(seed, 40, 3, 0.4);
      const e = mlr(X, y);
      const m = new SGDRegressor({ eta0: 0.5, maxIter: 20000, tol: 1e-10 }).fit(X, y);
      expect(m.nIter, 'stops before maxIter once converged').toBeLessThan(20000);
      expectNear(m.coef, e.coef, { atol: 1e-4 }, `SGD coef, seed ${seed}`);
      expectNear(m.intercept, e.intercept, { atol: 1e-4 }, `SGD intercept, seed ${seed}`);
    }
  });
  it('converges with shuffled mini-batches on noiseless data and is reproducible with the same rng seed', () => {
    const { X, y, w } = problem(21, 48, 2, 0);
    const fit = () => new SGDRegressor({ eta0: 0.2, maxIter: 3000, tol: 1e-12, batchSize: 8, rng: mulberry32(5) }).fit(X, y);
    const a = fit();
    const b = fit();
    expect(a.coef).toEqual(b.coef);
    expectNear(a.coef, w, { atol: 1e-4 }, 'mini-batch SGD coef');
    expectNear(a.intercept, 0.7, { atol: 1e-4 }, 'mini-batch SGD intercept');
  });
  it('requires an rng when batchSize is smaller than the data', () => {
    expect(() => new SGDRegressor({ batchSize: 1 }).fit([[1], [2], [3]], [1, 2, 3])).toThrow(RangeError);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new SGDRegressor();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.coef, 'coef');
    expect(m.fit([[0], [1]], [0, 1])).toBe(m);
  });
});
