import { describe, expect, it } from 'vitest';
import type { Matrix } from '../src/_estimator.ts';
import { GridSearchCV, ParameterGrid } from '../src/grid-search.ts';

/** Predicts a constant chosen by its parameter; scores by minus the mean absolute error. */
class Constant {
  constructor(readonly value: number) {}
  fit() {
    return this;
  }
  predict(X: Matrix) {
    return X.map(() => this.value);
  }
  score(X: Matrix, y: readonly number[]) {
    return -y.reduce((s, v) => s + Math.abs(v - this.value), 0) / X.length;
  }
}

describe('grid search', () => {
  it('ParameterGrid sorts the keys and varies the last one fastest', () => {
    expect([...new ParameterGrid({ b: [1, 2], a: ['x', 'y'] })]).toEqual([
      { a: 'x', b: 1 },
      { a: 'x', b: 2 },
      { a: 'y', b: 1 },
      { a: 'y', b: 2 },
    ]);
  });
  it('GridSearchCV finds the best constant', () => {
    const X = [[0], [1], [2], [3]];
    const y = [2, 2, 2, 2];
    const search = new GridSearchCV((p) => new Constant(p.value as number), { value: [0, 2, 5] }, { cv: 2 }).fit(X, y);
    expect(search.bestParams).toEqual({ value: 2 });
    expect(search.cvResults.rankTestScore).toEqual([2, 1, 3]);
  });
});
