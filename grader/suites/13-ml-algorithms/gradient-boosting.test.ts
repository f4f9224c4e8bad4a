import { describe, expect, it } from 'vitest';
import { GradientBoostingRegressor } from '@impl/13-ml-algorithms/gradient-boosting';
import golden from './goldens/gradient-boosting.json';
import { expectNear, expectNotFitted, show } from './_kit.ts';

describe('GradientBoostingRegressor', () => {
  it('matches sklearn staged_predict on x = 1..5, y = [1, 2, 2, 4, 8] (3 stages, lr 0.1, depth 1)', () => {
    const c = golden.cases[0]!;
    const m = new GradientBoostingRegressor({ nEstimators: 3, learningRate: 0.1, maxDepth: 1 }).fit(c.X, c.y);
    const staged = [...m.stagedPredict(c.Xtest)];
    expect(staged.length).toBe(3);
    expectNear(staged, c.staged, { atol: 1e-12 }, 'stagedPredict(x = 1..5)');
    expectNear(m.init, 3.4, { atol: 1e-12 }, 'init = mean(y)');
  });
  it('matches sklearn staged predictions with depth-2 trees on two features', () => {
    const c = golden.cases[1]!;
    const m = new GradientBoostingRegressor({ nEstimators: c.nEstimators, learningRate: c.learningRate, maxDepth: c.maxDepth }).fit(c.X, c.y);
    expectNear([...m.stagedPredict(c.Xtest)], c.staged, { atol: 1e-9 }, `stagedPredict(${show(c.Xtest)}) after fit(${show(c.X)}, ${show(c.y)})`);
    expectNear(m.predict(c.Xtest), c.staged[c.staged.length - 1]!, { atol: 1e-9 }, 'predict equals the last stage');
  });
  it('drives the training error down stage by stage', () => {
    const c = golden.cases[1]!;
    const m = new GradientBoostingRegressor({ nEstimators: 30, learningRate: 0.3, maxDepth: 2 }).fit(c.X, c.y);
    const mse = [...m.stagedPredict(c.X)].map((p) => p.reduce((s, v, i) => s + (v - c.y[i]!) ** 2, 0) / p.length);
    for (let i = 1; i < mse.length; i++) expect(mse[i]!, `training MSE at stage ${i}`).toBeLessThanOrEqual(mse[i - 1]! + 1e-12);
    expect(m.score(c.X, c.y)).toBeGreaterThan(0.9);
  });
  it('keeps one tree per stage', () => {
    const c = golden.cases[0]!;
    expect(new GradientBoostingRegressor({ nEstimators: 4, maxDepth: 1 }).fit(c.X, c.y).estimators.length).toBe(4);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new GradientBoostingRegressor();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => [...m.stagedPredict([[1]])], 'stagedPredict');
    expect(m.fit([[1], [2]], [1, 2])).toBe(m);
  });
});
