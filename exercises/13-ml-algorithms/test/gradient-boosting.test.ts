import { describe, expect, it } from 'vitest';
import { GradientBoostingRegressor } from '../src/gradient-boosting.ts';

describe('GradientBoostingRegressor', () => {
  it('starts from the mean and moves towards the targets stage by stage', () => {
    const X = [[1], [2], [3], [4]];
    const y = [1, 1, 5, 5];
    const m = new GradientBoostingRegressor({ nEstimators: 2, learningRate: 0.5, maxDepth: 1 }).fit(X, y);
    expect(m.init).toBe(3);
    const stages = [...m.stagedPredict([[1], [4]])];
    // Stage 1: the residuals are ±2, so the tree predicts ±2 and F moves half way: 3 ∓ 1.
    expect(stages[0]).toEqual([2, 4]);
    expect(stages[1]).toEqual([1.5, 4.5]);
  });
});
