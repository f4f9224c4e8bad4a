import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier } from '../src/decision-tree.ts';

describe('DecisionTreeClassifier', () => {
  it('splits halfway between the classes', () => {
    const m = new DecisionTreeClassifier().fit([[1], [2], [3], [10], [11]], [0, 0, 0, 1, 1]);
    const root = m.tree;
    expect(root.leaf).toBe(false);
    if (!root.leaf) expect(root.threshold).toBe(6.5);
    expect(m.predict([[5], [7]])).toEqual([0, 1]);
  });
  it('respects maxDepth', () => {
    const X = [[0], [1], [2], [3], [4], [5]];
    const m = new DecisionTreeClassifier({ maxDepth: 1 }).fit(X, [0, 1, 0, 1, 0, 1]);
    expect(m.getDepth()).toBe(1);
  });
});
