import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { diagnose, learningCurve, translateTrainSizes } from '@impl/14-model-evaluation/learning-curve';
import { Line, MeanRegressor, Recorder, expectClose, expectThrows, golden, r2 } from './_kit.ts';

interface Run {
  trainSizes: number[];
  cv: number;
  scoring: 'neg_mean_squared_error' | null;
  trainSizesAbs: number[];
  trainScores: number[][];
  testScores: number[][];
}
const g = golden<{ X: number[][]; y: number[]; runs: Run[]; errors: { trainSizes: number[]; cv: number; raises: boolean }[] }>('learning-curve');

/** 1-nearest-neighbour regression: memorises the training set (perfect train score). */
class Memorizer {
  #x: number[] = [];
  #y: number[] = [];
  fit(X: readonly (readonly number[])[], y: readonly number[]) {
    this.#x = X.map((r) => r[0]!);
    this.#y = [...y];
    return this;
  }
  predict(X: readonly (readonly number[])[]) {
    return X.map(([v]) => {
      let best = 0;
      this.#x.forEach((x, i) => {
        if (Math.abs(x - v!) < Math.abs(this.#x[best]! - v!)) best = i;
      });
      return this.#y[best]!;
    });
  }
  score(X: readonly (readonly number[])[], y: readonly number[]) {
    return r2(y, this.predict(X));
  }
}

describe('learningCurve', () => {
  it('matches sklearn learning_curve: sizes from fractions of the first train set, scores per size and split', () => {
    for (const r of g.runs) {
      const opts = { trainSizes: r.trainSizes, cv: r.cv, ...(r.scoring ? { scoring: r.scoring } : {}) };
      const res = learningCurve(() => new Line(), g.X, g.y, opts);
      expect(res.trainSizesAbs, JSON.stringify(opts)).toEqual(r.trainSizesAbs);
      expectClose(res.trainScores, r.trainScores, 1e-9, { ...opts, part: 'trainScores' });
      expectClose(res.testScores, r.testScores, 1e-9, { ...opts, part: 'testScores' });
    }
  });
  it('throws like sklearn for sizes outside (0, 1] or [1, largest train set]', () => {
    for (const e of g.errors) {
      expect(e.raises).toBe(true);
      expectThrows(() => learningCurve(() => new Line(), g.X, g.y, { trainSizes: e.trainSizes, cv: e.cv }), e);
    }
  });
  it("fits a fresh estimator on the first m rows of each split's train indices", () => {
    const X = Array.from({ length: 12 }, (_, i) => [i]);
    const y = X.map(([v]) => v!);
    const splits = [
      { train: [9, 3, 5, 7, 1, 11], test: [0, 2] },
      { train: [0, 2, 4, 6, 8, 10, 1], test: [11] },
    ];
    const log: { train: number[]; test: number[] }[] = [];
    const res = learningCurve(() => new Recorder(log), X, y, { cv: splits, trainSizes: [2, 5] });
    expect(res.trainSizesAbs).toEqual([2, 5]);
    // each fit is scored on its own train rows, then on the test rows
    expect(log).toEqual([
      { train: [9, 3], test: [9, 3, 0, 2] },
      { train: [0, 2], test: [0, 2, 11] },
      { train: [9, 3, 5, 7, 1], test: [9, 3, 5, 7, 1, 0, 2] },
      { train: [0, 2, 4, 6, 8], test: [0, 2, 4, 6, 8, 11] },
    ]);
    expect(res.testScores).toEqual([
      [1, 11],
      [1, 11],
    ]);
  });
  it('translates fractions by flooring, at least 1, sorted and without duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 80 }), (permille, nMax) => {
        const fractions = permille.map((p) => p / 1000);
        const expected = [...new Set(fractions.map((f) => Math.max(1, Math.floor(f * nMax))))].sort((a, b) => a - b);
        expect(translateTrainSizes(fractions, nMax), JSON.stringify({ fractions, nMax })).toEqual(expected);
      }),
    );
  });
});

describe('diagnose', () => {
  const rng = mulberry32(17);
  const X = Array.from({ length: 60 }, () => [rng() * 10]);
  const noisy = X.map(([x]) => 2 * x! + 6 * (rng() - 0.5));
  const clean = X.map(([x]) => 2 * x! + 0.2 * (rng() - 0.5));

  it('calls a model that cannot fit its own training data high-bias', () => {
    const curve = learningCurve(() => new MeanRegressor(), X, clean, { cv: 3 });
    expect(diagnose(curve, { target: 0.8 })).toBe('high-bias');
  });
  it('calls a model that memorises noise high-variance', () => {
    const curve = learningCurve(() => new Memorizer(), X, noisy, { cv: 3 });
    expect(diagnose(curve, { target: 0.8 })).toBe('high-variance');
  });
  it('calls a well-specified model a good fit', () => {
    const curve = learningCurve(() => new Line(), X, clean, { cv: 3 });
    expect(diagnose(curve, { target: 0.8 })).toBe('good-fit');
  });
  it('reads only the largest train size, averages over splits, and checks bias before variance', () => {
    const early = [0, 0, 0];
    expect(diagnose({ trainScores: [early, [0.9, 0.8, 0.85]], testScores: [early, [0.8, 0.8, 0.7]] }, { target: 0.85 })).toBe('good-fit');
    expect(diagnose({ trainScores: [[0.5, 0.6]], testScores: [[0.1, 0.2]] }, { target: 0.7 })).toBe('high-bias');
    expect(diagnose({ trainScores: [[0.95, 0.95]], testScores: [[0.7, 0.8]] }, { target: 0.9 })).toBe('high-variance');
    expect(diagnose({ trainScores: [[0.95, 0.95]], testScores: [[0.7, 0.8]] }, { target: 0.9, maxGap: 0.25 })).toBe('good-fit');
  });
});
