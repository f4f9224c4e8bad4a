import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../src/logistic-regression.ts';

describe('LogisticRegression', () => {
  const X = [[-3], [-2], [-1], [-0.5], [0.5], [1], [2], [3], [0.2], [-0.2]];
  const y = [0, 0, 0, 1, 0, 1, 1, 1, 0, 1];

  it('predicts the side of the boundary and probabilities that sum to 1', () => {
    const m = new LogisticRegression().fit(X, y);
    expect(m.predict([[-5], [5]])).toEqual([0, 1]);
    const [p] = m.predictProba([[0.3]]);
    expect(p![0]! + p![1]!).toBeCloseTo(1, 12);
  });
  it('shrinks the coefficient when C is small', () => {
    const strong = new LogisticRegression({ C: 0.01 }).fit(X, y).coef[0]!;
    const weak = new LogisticRegression({ C: 100 }).fit(X, y).coef[0]!;
    expect(Math.abs(strong)).toBeLessThan(Math.abs(weak));
  });
});
