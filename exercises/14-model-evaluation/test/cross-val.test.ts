import { describe, expect, it } from 'vitest';
import type { Matrix } from '../src/_estimator.ts';
import { crossValScore } from '../src/cross-val.ts';

/** Predicts the mean of the training targets. */
class MeanRegressor {
  center = 0;
  fit(_X: Matrix, y: readonly number[]) {
    this.center = y.reduce((s, v) => s + v, 0) / y.length;
    return this;
  }
  predict(X: Matrix) {
    return X.map(() => this.center);
  }
}

describe('crossValScore', () => {
  it('scores each of the k folds', () => {
    const X = [[0], [1], [2], [3]];
    const y = [1, 1, 3, 3];
    // fold 1 trains on [3, 3] and tests on [1, 1]: squared error 4 each
    expect(crossValScore(() => new MeanRegressor(), X, y, { cv: 2, scoring: 'neg_mean_squared_error' })).toEqual([-4, -4]);
  });
  it('accepts explicit splits', () => {
    const scores = crossValScore(() => new MeanRegressor(), [[0], [1], [2]], [1, 2, 6], {
      cv: [{ train: [0, 1], test: [2] }],
      scoring: 'neg_mean_absolute_error',
    });
    expect(scores).toEqual([-4.5]);
  });
});
