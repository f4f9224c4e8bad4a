import { describe, expect, it } from 'vitest';
import { RandomForestClassifier } from '../src/random-forest.ts';

describe('RandomForestClassifier', () => {
  const X = Array.from({ length: 40 }, (_, i) => [i % 10, Math.floor(i / 10)]);
  const y = X.map(([a]) => (a! < 5 ? 0 : 1));

  it('learns a simple rule and is reproducible for a seed', () => {
    const a = new RandomForestClassifier({ nEstimators: 10, seed: 1 }).fit(X, y);
    const b = new RandomForestClassifier({ nEstimators: 10, seed: 1 }).fit(X, y);
    expect(a.predict([[1, 0], [8, 3]])).toEqual([0, 1]);
    expect(a.predictProba(X)).toEqual(b.predictProba(X));
  });
  it('reports an out-of-bag accuracy', () => {
    const f = new RandomForestClassifier({ nEstimators: 10, seed: 2 }).fit(X, y);
    expect(f.oobScore).toBeGreaterThan(0.8);
  });
});
