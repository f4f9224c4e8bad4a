import { describe, expect, it } from 'vitest';
import { GaussianNB, KNeighborsClassifier } from '@impl/13-ml-algorithms/knn-naive-bayes';
import golden from './goldens/knn-naive-bayes.json';
import { expectNear, expectNotFitted, show } from './_kit.ts';

describe('KNeighborsClassifier', () => {
  it('matches sklearn predictions and vote shares (uniform and distance weights)', () => {
    for (const c of golden.knn) {
      const input = `KNeighborsClassifier({ nNeighbors: ${c.nNeighbors}, weights: '${c.weights}' }).fit(${show(c.X)}, ${show(c.y)})`;
      const m = new KNeighborsClassifier({ nNeighbors: c.nNeighbors, weights: c.weights as 'uniform' | 'distance' }).fit(c.X, c.y);
      expect(m.predict(c.Xtest), `${input}.predict(${show(c.Xtest)})`).toEqual(c.predict);
      expectNear(m.predictProba(c.Xtest), c.proba, { atol: 1e-12 }, `${input}.predictProba`);
    }
  });
  it('breaks a vote tie toward the smallest label', () => {
    const m = new KNeighborsClassifier({ nNeighbors: 2 }).fit([[0], [1], [10]], [5, 3, 3]);
    expect(m.predict([[0.4]])).toEqual([3]);
    expectNear(m.predictProba([[0.4]]), [[0.5, 0.5]], { atol: 1e-15 }, 'predictProba([[0.4]])');
  });
  it("with weights 'distance', lets an exact match decide", () => {
    const m = new KNeighborsClassifier({ nNeighbors: 3, weights: 'distance' }).fit([[0], [1], [1.1]], [0, 1, 1]);
    expect(m.predict([[0]])).toEqual([0]);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new KNeighborsClassifier({ nNeighbors: 1 });
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expect(m.fit([[0], [1]], [0, 1])).toBe(m);
  });
});

describe('GaussianNB', () => {
  it('matches sklearn GaussianNB: priors, means, variances, probabilities and predictions', () => {
    for (const c of golden.gnb) {
      const input = `GaussianNB({ varSmoothing: ${c.varSmoothing} }).fit(iris features)`;
      const m = new GaussianNB({ varSmoothing: c.varSmoothing }).fit(c.X, c.y);
      expectNear(m.classPrior, c.classPrior, { atol: 1e-15 }, `${input}.classPrior`);
      expectNear(m.theta, c.theta, { atol: 1e-12 }, `${input}.theta`);
      expectNear(m.var, c.var, { rtol: 1e-9, atol: 1e-15 }, `${input}.var (population variance + smoothing)`);
      expectNear(m.predictProba(c.Xtest), c.proba, { atol: 1e-9 }, `${input}.predictProba(${show(c.Xtest)})`);
      expect(m.predict(c.Xtest), `${input}.predict`).toEqual(c.predict);
    }
  });
  it('does not underflow: far-away points still get probabilities that sum to 1', () => {
    const m = new GaussianNB().fit([[0], [0.1], [10], [10.1]], [0, 0, 1, 1]);
    const [row] = m.predictProba([[1000]]);
    expect(row!.every(Number.isFinite)).toBe(true);
    expectNear(row![0]! + row![1]!, 1, { atol: 1e-12 }, 'row sum');
    expect(m.predict([[1000]])).toEqual([1]);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new GaussianNB();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.theta, 'theta');
    expect(m.fit([[0], [1], [5], [6]], [0, 0, 1, 1])).toBe(m);
  });
});
