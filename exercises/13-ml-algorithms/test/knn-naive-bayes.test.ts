import { describe, expect, it } from 'vitest';
import { GaussianNB, KNeighborsClassifier } from '../src/knn-naive-bayes.ts';

describe('KNeighborsClassifier', () => {
  it('votes among the nearest neighbours', () => {
    const m = new KNeighborsClassifier({ nNeighbors: 3 }).fit([[0], [1], [2], [10], [11]], [0, 0, 1, 1, 1]);
    expect(m.predict([[0.5], [10.5]])).toEqual([0, 1]);
    expect(m.predictProba([[0.5]])[0]![0]).toBeCloseTo(2 / 3, 12);
  });
});

describe('GaussianNB', () => {
  it('learns per-class means and population variances', () => {
    const m = new GaussianNB({ varSmoothing: 0 }).fit([[0], [2], [10], [14]], [0, 0, 1, 1]);
    expect(m.theta).toEqual([[1], [12]]);
    expect(m.var).toEqual([[1], [4]]);
    expect(m.predict([[3], [9]])).toEqual([0, 1]);
  });
});
