import { describe, expect, it } from 'vitest';
import { NotFittedError } from '../src/_errors.ts';
import { LinearRegression, SGDRegressor } from '../src/linear-regression.ts';

describe('LinearRegression', () => {
  it('recovers y = 1 + 2a − b', () => {
    const X = [[0, 0], [1, 0], [0, 1], [2, 3], [4, 1]];
    const y = X.map(([a, b]) => 1 + 2 * a! - b!);
    const m = new LinearRegression().fit(X, y);
    expect(m.coef[0]).toBeCloseTo(2, 10);
    expect(m.coef[1]).toBeCloseTo(-1, 10);
    expect(m.intercept).toBeCloseTo(1, 10);
    expect(m.score(X, y)).toBeCloseTo(1, 10);
  });
  it('throws NotFittedError before fit', () => {
    expect(() => new LinearRegression().predict([[1]])).toThrow(NotFittedError);
  });
});

describe('SGDRegressor', () => {
  it('approaches the least-squares line', () => {
    const X = [[-1], [0], [1], [2]];
    const y = [-1, 1, 3, 5];
    const m = new SGDRegressor({ eta0: 0.1, maxIter: 5000, tol: 1e-10 }).fit(X, y);
    expect(m.coef[0]).toBeCloseTo(2, 4);
    expect(m.intercept).toBeCloseTo(1, 4);
  });
});
