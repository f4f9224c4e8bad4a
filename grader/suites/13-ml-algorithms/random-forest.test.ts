import { describe, expect, it } from 'vitest';
import { RandomForestClassifier } from '@impl/13-ml-algorithms/random-forest';
import iris from './goldens/iris.json';
import { accuracy, expectNear, expectNotFitted } from './_kit.ts';

const X = iris.data;
const y = iris.target;

describe('RandomForestClassifier', () => {
  it('reaches an out-of-bag accuracy of at least 0.9 on iris', () => {
    const f = new RandomForestClassifier({ nEstimators: 40, seed: 1 }).fit(X, y);
    expect(f.oobScore).toBeGreaterThanOrEqual(0.9);
    expect(f.oobScore).toBeLessThan(1);
    expect(accuracy(f.predict(X), y)).toBeGreaterThanOrEqual(0.97);
  });
  it('is deterministic for a seed and changes with the seed', () => {
    const a = new RandomForestClassifier({ nEstimators: 15, seed: 7 }).fit(X, y);
    const b = new RandomForestClassifier({ nEstimators: 15, seed: 7 }).fit(X, y);
    const c = new RandomForestClassifier({ nEstimators: 15, seed: 8 }).fit(X, y);
    expect(a.predictProba(X)).toEqual(b.predictProba(X));
    expect(a.oobScore).toBe(b.oobScore);
    expect(a.estimatorsSamples).toEqual(b.estimatorsSamples);
    expect(a.estimatorsSamples).not.toEqual(c.estimatorsSamples);
  });
  it('trains each tree on its own bootstrap sample of n rows drawn with replacement', () => {
    const f = new RandomForestClassifier({ nEstimators: 10, seed: 3 }).fit(X, y);
    const samples = f.estimatorsSamples;
    expect(samples.length).toBe(10);
    expect(f.estimators.length).toBe(10);
    for (const s of samples) {
      expect(s.length).toBe(150);
      expect(s.every((i) => Number.isInteger(i) && i >= 0 && i < 150)).toBe(true);
      // With replacement: about 1 − 1/e ≈ 63% distinct rows, never all 150.
      const distinct = new Set(s).size;
      expect(distinct).toBeLessThan(150);
      expect(distinct).toBeGreaterThan(70);
    }
    expect(new Set(samples.map((s) => s.join(','))).size).toBe(10);
  });
  it('computes oobScore from the trees that did not see each sample (checked from estimators and their samples)', () => {
    const f = new RandomForestClassifier({ nEstimators: 12, seed: 5 }).fit(X, y);
    const classes = f.classes;
    const sums = X.map(() => new Array(classes.length).fill(0) as number[]);
    const seen = X.map(() => false);
    f.estimators.forEach((tree, t) => {
      const inBag = new Set(f.estimatorsSamples[t]);
      const cls = tree.classes;
      X.forEach((x, i) => {
        if (inBag.has(i)) return;
        seen[i] = true;
        tree.predictProba([x])[0]!.forEach((v, j) => (sums[i]![classes.indexOf(cls[j]!)]! += v));
      });
    });
    let hits = 0;
    let counted = 0;
    sums.forEach((row, i) => {
      if (!seen[i]) return;
      counted++;
      let best = 0;
      for (let c = 1; c < row.length; c++) if (row[c]! > row[best]!) best = c;
      if (classes[best] === y[i]) hits++;
    });
    expectNear(f.oobScore, hits / counted, { atol: 1e-12 }, 'oobScore recomputed from the out-of-bag trees');
  });
  it('averages the trees’ probabilities (soft voting)', () => {
    const f = new RandomForestClassifier({ nEstimators: 6, seed: 11 }).fit(X, y);
    const rows = [X[0]!, X[60]!, X[120]!, [6, 3, 4.5, 1.6]];
    const expected = rows.map((x) => {
      const avg = [0, 0, 0];
      for (const tree of f.estimators) tree.predictProba([x])[0]!.forEach((v, j) => (avg[f.classes.indexOf(tree.classes[j]!)]! += v / 6));
      return avg;
    });
    expectNear(f.predictProba(rows), expected, { atol: 1e-12 }, 'predictProba vs the mean of the trees');
  });
  it("uses ⌊√p⌋ features per split by default ('sqrt') and accepts a number", () => {
    expect(new RandomForestClassifier().maxFeatures).toBe('sqrt');
    const f = new RandomForestClassifier({ nEstimators: 3, maxFeatures: 4, seed: 2 }).fit(X, y);
    expect(f.estimators.every((t) => t.maxFeatures === 4)).toBe(true);
    const g = new RandomForestClassifier({ nEstimators: 3, seed: 2 }).fit(X, y);
    expect(g.estimators.every((t) => t.maxFeatures === 2)).toBe(true);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const f = new RandomForestClassifier({ nEstimators: 2 });
    expectNotFitted(() => f.predict([[1, 2, 3, 4]]), 'predict');
    expectNotFitted(() => f.oobScore, 'oobScore');
    expect(f.fit(X.slice(0, 20), y.slice(0, 20))).toBe(f);
  });
});
