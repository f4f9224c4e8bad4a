import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier, type TreeNode } from '@impl/13-ml-algorithms/decision-tree';
import golden from './goldens/decision-tree.json';
import { expectNear, expectNotFitted, mulberry32, show } from './_kit.ts';

type Flat = { leaf: true; nSamples: number; counts: number[] } | { leaf: false; feature: number; threshold: number; nSamples: number };

/** The tree in preorder, the shape the goldens store (sklearn's tree_ arrays, walked left first). */
function preorder(node: TreeNode, out: Flat[] = []): Flat[] {
  if (node.leaf) out.push({ leaf: true, nSamples: node.nSamples, counts: [...node.counts] });
  else {
    out.push({ leaf: false, feature: node.feature, threshold: node.threshold, nSamples: node.nSamples });
    preorder(node.left, out);
    preorder(node.right, out);
  }
  return out;
}

describe('DecisionTreeClassifier', () => {
  it('grows the same tree as sklearn: every split feature, threshold and node size (gini and entropy)', () => {
    for (const c of golden.cases) {
      const input = `DecisionTreeClassifier({ criterion: '${c.criterion}', maxDepth: ${c.maxDepth} }).fit(${show(c.X)}, ${show(c.y)})`;
      const tree = preorder(new DecisionTreeClassifier({ criterion: c.criterion as 'gini' | 'entropy', maxDepth: c.maxDepth }).fit(c.X, c.y).tree);
      expect(tree.length, `${input}: number of nodes`).toBe(c.nodes.length);
      c.nodes.forEach((e, i) => {
        const got = tree[i]!;
        expect(got.leaf, `${input}: node ${i} is a leaf?`).toBe(e.leaf);
        expect(got.nSamples, `${input}: node ${i} sample count`).toBe(e.nSamples);
        if (!e.leaf && !got.leaf) {
          expect(got.feature, `${input}: node ${i} split feature`).toBe(e.feature);
          // sklearn stores thresholds in float32: midpoints agree to about 1e-7.
          expectNear(got.threshold, e.threshold!, { atol: 1e-6 }, `${input}: node ${i} threshold (the midpoint between neighbours)`);
        }
        if (e.leaf && got.leaf) expect(got.counts, `${input}: node ${i} class counts`).toEqual(e.counts);
      });
    }
  });
  it('predicts and gives probabilities like sklearn on new points', () => {
    for (const c of golden.cases) {
      const m = new DecisionTreeClassifier({ criterion: c.criterion as 'gini' | 'entropy', maxDepth: c.maxDepth }).fit(c.X, c.y);
      expect(m.predict(c.Xtest), `predict(${show(c.Xtest)})`).toEqual(c.predict);
      expectNear(m.predictProba(c.Xtest), c.proba, { atol: 1e-12 }, `predictProba(${show(c.Xtest)})`);
    }
  });
  it('chooses the split with the lowest size-weighted impurity, not the purest child', () => {
    // x = 0..9, y = 0 0 0 0 0 0 0 1 0 1. Splitting at 8.5 gives a pure child of size 1 and the lowest
    // *average* child Gini; weighting by child size, the best split is at 6.5 (7 zeros | 1 0 1).
    const X = Array.from({ length: 10 }, (_, i) => [i]);
    const y = [0, 0, 0, 0, 0, 0, 0, 1, 0, 1];
    const root = new DecisionTreeClassifier({ maxDepth: 1 }).fit(X, y).tree;
    expect(root.leaf).toBe(false);
    if (!root.leaf) expectNear(root.threshold, 6.5, { atol: 1e-12 }, 'root threshold');
  });
  it('fits any training set with distinct rows exactly when the depth is unlimited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer(), (n, seed) => {
        const rng = mulberry32(seed);
        const X = Array.from({ length: n }, (_, i) => [i + rng() * 0.5, Math.round(rng() * 3)]);
        const y = X.map(() => Math.floor(rng() * 3));
        const m = new DecisionTreeClassifier().fit(X, y);
        expect(m.predict(X), `training predictions for ${show({ X, y })}`).toEqual(y);
      }),
      { numRuns: 40 },
    );
  });
  it('stops at maxDepth and minSamplesSplit', () => {
    const X = Array.from({ length: 16 }, (_, i) => [i]);
    const y = X.map(([v]) => v! % 2);
    const two = new DecisionTreeClassifier({ maxDepth: 2 }).fit(X, y);
    expect(two.getDepth()).toBe(2);
    expect(two.getNLeaves()).toBe(preorder(two.tree).filter((n) => n.leaf).length);
    expect(two.getNLeaves()).toBeLessThanOrEqual(4);
    // Alternating labels on a line: fitting them exactly needs one leaf per point.
    const full = new DecisionTreeClassifier().fit(X, y);
    expect(full.getNLeaves()).toBe(16);
    expect(full.predict(X)).toEqual(y);
    const shallow = new DecisionTreeClassifier({ minSamplesSplit: 17 }).fit(X, y);
    expect(shallow.tree.leaf).toBe(true);
  });
  it('makes a pure node a leaf, and a node whose rows are all equal a leaf', () => {
    const pure = new DecisionTreeClassifier().fit([[1], [2], [3]], [4, 4, 4]);
    expect(pure.tree.leaf).toBe(true);
    expect(pure.predict([[10]])).toEqual([4]);
    const same = new DecisionTreeClassifier().fit([[1, 1], [1, 1], [1, 1]], [0, 1, 1]);
    expect(same.tree.leaf).toBe(true);
    expect(same.predict([[1, 1]])).toEqual([1]);
    expectNear(same.predictProba([[1, 1]]), [[1 / 3, 2 / 3]], { atol: 1e-12 }, 'predictProba of a mixed leaf');
  });
  it('uses only maxFeatures randomly drawn features per split, reproducibly for the same rng seed', () => {
    // Only feature 2 separates the classes; with maxFeatures 1 the root must often pick another one.
    const rng = mulberry32(3);
    const X = Array.from({ length: 30 }, (_, i) => [rng(), rng(), i]);
    const y = X.map((r) => (r[2]! < 15 ? 0 : 1));
    const roots = new Set<number>();
    for (let seed = 0; seed < 12; seed++) {
      const a = new DecisionTreeClassifier({ maxFeatures: 1, maxDepth: 1, rng: mulberry32(seed) }).fit(X, y).tree;
      const b = new DecisionTreeClassifier({ maxFeatures: 1, maxDepth: 1, rng: mulberry32(seed) }).fit(X, y).tree;
      expect(preorder(a)).toEqual(preorder(b));
      if (!a.leaf) roots.add(a.feature);
    }
    expect(roots.size, 'root features used across 12 seeds').toBeGreaterThan(1);
    const all = new DecisionTreeClassifier({ maxDepth: 1 }).fit(X, y).tree;
    expect(!all.leaf && all.feature).toBe(2);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new DecisionTreeClassifier();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.tree, 'tree');
    expect(m.fit([[0], [1]], [0, 1])).toBe(m);
  });
});
