import { describe, expect, it } from 'vitest';
import { LinearSVC } from '@impl/13-ml-algorithms/linear-svm';
import { accuracy, expectNotFitted, mulberry32, show } from './_kit.ts';

const cosineTo = (w: number[], d: number[]) => w.reduce((s, v, i) => s + v * d[i]!, 0) / (Math.hypot(...w) * Math.hypot(...d));

describe('LinearSVC', () => {
  it('finds the maximum-margin direction, not the direction between the class means', () => {
    // Every positive has x = 1, every negative x ≤ −1: the widest gap is the line x = 0, normal (1, 0).
    // The class means differ by (3, −4.75), so a mean-difference or least-squares rule points elsewhere.
    const X = [[1, 1], [1, 5], [1, -3], [-1, 1], [-1, 5], [-1, -3], [-5, 20]];
    const y = [1, 1, 1, 0, 0, 0, 0];
    const m = new LinearSVC({ lambda: 0.001, nIter: 20000, seed: 1 }).fit(X, y);
    expect(cosineTo(m.coef, [1, 0]), `direction of coef ${show(m.coef)}`).toBeGreaterThan(0.99);
    expect(Math.abs(m.intercept) / Math.hypot(...m.coef), 'the boundary passes near x = 0').toBeLessThan(0.1);
    expect(m.predict(X)).toEqual(y);
  });
  it('separates the two symmetric clouds along the diagonal', () => {
    const X = [[1, 2], [2, 1], [3, 3], [-1, -2], [-2, -1], [-3, -3]];
    const y = [1, 1, 1, -1, -1, -1];
    const m = new LinearSVC({ seed: 4 }).fit(X, y);
    expect(cosineTo(m.coef, [1, 1])).toBeGreaterThan(0.99);
    expect(m.classes).toEqual([-1, 1]);
  });
  it('classifies linearly separable random data perfectly', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = mulberry32(seed);
      const w = [rng() - 0.5, rng() - 0.5, rng() - 0.5];
      const X: number[][] = [];
      const y: number[] = [];
      while (X.length < 60) {
        const x = [4 * rng() - 2, 4 * rng() - 2, 4 * rng() - 2];
        const s = x.reduce((a, v, j) => a + v * w[j]!, 0.2);
        if (Math.abs(s) < 0.15 * Math.hypot(...w)) continue; // keep a margin around the boundary
        X.push(x);
        y.push(s > 0 ? 1 : 0);
      }
      const m = new LinearSVC({ lambda: 0.0005, nIter: 30000, seed }).fit(X, y);
      expect(accuracy(m.predict(X), y), `training accuracy, seed ${seed}`).toBe(1);
    }
  });
  it('is reproducible for a seed; decisionFunction is w·x + b', () => {
    const X = [[0, 0], [1, 1], [2, 0], [3, 1]];
    const y = [0, 0, 1, 1];
    const a = new LinearSVC({ seed: 9, nIter: 2000 }).fit(X, y);
    const b = new LinearSVC({ seed: 9, nIter: 2000 }).fit(X, y);
    expect(a.coef).toEqual(b.coef);
    expect(a.intercept).toBe(b.intercept);
    const z = a.decisionFunction(X);
    X.forEach((x, i) => expect(z[i]).toBeCloseTo(a.intercept + x[0]! * a.coef[0]! + x[1]! * a.coef[1]!, 12));
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new LinearSVC();
    expectNotFitted(() => m.predict([[1, 2]]), 'predict');
    expectNotFitted(() => m.coef, 'coef');
    expect(m.fit([[0], [1]], [0, 1])).toBe(m);
  });
});
