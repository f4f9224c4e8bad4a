import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossValScore } from '@impl/14-model-evaluation/cross-val';
import { MeanRegressor, MostFrequentClassifier, Recorder, expectClose, expectThrows, golden } from './_kit.ts';

type Split = { train: number[]; test: number[] };
interface Run {
  cv: number | Split[];
  scoring?: 'neg_mean_squared_error' | 'neg_mean_absolute_error' | 'accuracy';
  scores: number[];
}
const g = golden<{ regression: { X: number[][]; y: number[]; runs: Run[] }; classification: { X: number[][]; y: number[]; runs: Run[] } }>(
  'cross-val',
);
const opts = (r: Run) => ({ cv: r.cv, ...(r.scoring ? { scoring: r.scoring } : {}) });

describe('crossValScore', () => {
  it('matches sklearn cross_val_score for a regressor: KFold splits, named scorers and estimator.score', () => {
    const { X, y, runs } = g.regression;
    for (const r of runs) expectClose(crossValScore(() => new MeanRegressor(), X, y, opts(r)), r.scores, 1e-9, opts(r));
  });
  it('splits a classifier with StratifiedKFold for an integer cv (sklearn)', () => {
    const { X, y, runs } = g.classification;
    for (const r of runs) expectClose(crossValScore(() => new MostFrequentClassifier(), X, y, opts(r)), r.scores, 1e-12, opts(r));
  });
  it('fits a fresh estimator on exactly the train rows of each split and scores it on the test rows', () => {
    const arb = fc
      .integer({ min: 3, max: 20 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: n }), { minLength: 1, maxLength: 5 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([n, picks]) => {
        // each pick: its first element is the test row, the others train
        const splits = picks.map((p) => ({ train: p.slice(1), test: p.slice(0, 1) }));
        const X = Array.from({ length: n }, (_, i) => [i]);
        const y = Array.from({ length: n }, (_, i) => i * i);
        const log: Split[] = [];
        const scores = crossValScore(() => new Recorder(log), X, y, { cv: splits });
        expect(log, 'rows seen by each fitted estimator (train, then test)').toEqual(splits);
        expect(scores).toEqual(splits.map((s) => s.test[0]));
      }),
    );
  });
  it('uses a scoring function as given: scorer(estimator, XTest, yTest)', () => {
    const X = Array.from({ length: 12 }, (_, i) => [i]);
    const y = X.map(([v]) => 3 * v! + 1);
    const scoring = (est: { predict(X: readonly (readonly number[])[]): number[] }, Xt: readonly (readonly number[])[], yt: readonly number[]) =>
      -Math.max(...est.predict(Xt).map((p, i) => Math.abs(p - yt[i]!)));
    const manual = [0, 1, 2].map((f) => {
      const test = [4 * f, 4 * f + 1, 4 * f + 2, 4 * f + 3];
      const train = X.map((_, i) => i).filter((i) => !test.includes(i));
      const est = new MeanRegressor().fit(
        train.map((i) => X[i]!),
        train.map((i) => y[i]!),
      );
      return scoring(est, test.map((i) => X[i]!), test.map((i) => y[i]!));
    });
    expectClose(crossValScore(() => new MeanRegressor(), X, y, { cv: 3, scoring }), manual, 1e-12, 'max-error scorer, 3 folds');
  });
  it('records errorScore (NaN by default) for a failing fit, rethrows with "raise", throws when every fit fails', () => {
    const X = Array.from({ length: 6 }, (_, i) => [i]);
    const y = [1, 2, 3, 4, 5, 6];
    const flaky = () => ({
      fit(Xf: readonly (readonly number[])[]) {
        if (Xf.some((r) => r[0] === 0)) throw new Error('row 0 breaks me');
      },
      predict: (Xp: readonly (readonly number[])[]) => Xp.map(() => 1),
      score: () => 1,
    });
    const scores = crossValScore(flaky, X, y, { cv: 3 });
    expect(scores.slice(1)).toEqual([NaN, NaN]);
    expect(scores[0]).toBe(1);
    expect(crossValScore(flaky, X, y, { cv: 3, errorScore: -99 })).toEqual([1, -99, -99]);
    expectThrows(() => crossValScore(flaky, X, y, { cv: 3, errorScore: 'raise' }), 'errorScore raise');
    const broken = () => ({
      fit() {
        throw new Error('always');
      },
      predict: () => [],
      score: () => 0,
    });
    expectThrows(() => crossValScore(broken, X, y, { cv: 2 }), 'every fit fails');
  });
});
