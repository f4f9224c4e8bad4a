import { describe, expect, it } from 'vitest';
import { LinearSVC } from '../src/linear-svm.ts';

describe('LinearSVC', () => {
  it('separates two clouds', () => {
    const X = [[2, 0], [3, 1], [3, -1], [-2, 0], [-3, 1], [-3, -1]];
    const y = [1, 1, 1, 0, 0, 0];
    const m = new LinearSVC({ seed: 1 }).fit(X, y);
    expect(m.predict(X)).toEqual(y);
    expect(m.coef[0]!).toBeGreaterThan(0);
  });
});
