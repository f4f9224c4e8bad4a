import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GridSearchCV, ParameterGrid } from '@impl/14-model-evaluation/grid-search';
import { Shrink, expectClose, expectThrows, golden } from './_kit.ts';

type Params = Record<string, unknown>;
type Grid = Record<string, unknown[]> | Record<string, unknown[]>[];
interface Run {
  grid: Grid;
  cv: number;
  scoring: 'neg_mean_absolute_error' | 'neg_mean_squared_error' | null;
  params: Params[];
  meanTestScore: number[];
  stdTestScore: number[];
  rankTestScore: number[];
  splitTestScores: number[][];
  bestIndex: number;
  bestParams: Params;
  bestScore: number;
  predictions: number[];
}
const g = golden<{ parameterGrid: { grid: Grid; params: Params[] }[]; search: { X: number[][]; y: number[]; runs: Run[] } }>('grid-search');

const shrink = (p: Params) => new Shrink(p as { shrink?: number; slope?: number });

/** scipy.stats.rankdata(-scores, method='min') with NaN counted below every number. */
function minRanks(scores: number[]): number[] {
  if (scores.every(Number.isNaN)) return scores.map(() => 1);
  const key = (v: number) => (Number.isNaN(v) ? -Infinity : v);
  return scores.map((v) => 1 + scores.filter((w) => key(w) > key(v)).length);
}

describe('ParameterGrid', () => {
  it('yields the candidates in sklearn order: grids in turn, keys sorted, last key fastest', () => {
    for (const c of g.parameterGrid) expect([...new ParameterGrid(c.grid)], JSON.stringify(c.grid)).toEqual(c.params);
  });
  it('builds each candidate with its keys in sorted order', () => {
    for (const c of g.parameterGrid) {
      expect([...new ParameterGrid(c.grid)].map((p) => Object.keys(p)), JSON.stringify(c.grid)).toEqual(c.params.map((p) => Object.keys(p)));
    }
  });
  it('has a length and an at(i) that agree with iteration', () => {
    for (const c of g.parameterGrid) {
      const grid = new ParameterGrid(c.grid);
      expect(grid.length).toBe(c.params.length);
      expect(c.params.map((_, i) => grid.at(i))).toEqual(c.params);
    }
  });
  it('refuses an empty list of values', () => {
    expectThrows(() => new ParameterGrid({ a: [1, 2], b: [] }), { a: [1, 2], b: [] });
  });
});

describe('GridSearchCV', () => {
  it('reproduces sklearn cv_results_: split scores, means, population stds, min ranks, NaN for failed fits', () => {
    const { X, y, runs } = g.search;
    for (const r of runs) {
      const search = new GridSearchCV(shrink, r.grid, { cv: r.cv, ...(r.scoring ? { scoring: r.scoring } : {}) }).fit(X, y);
      const res = search.cvResults;
      const ctx = { grid: r.grid, cv: r.cv, scoring: r.scoring };
      expect(res.params, JSON.stringify(ctx)).toEqual(r.params);
      expectClose(res.splitTestScores, r.splitTestScores, 1e-9, ctx);
      expectClose(res.meanTestScore, r.meanTestScore, 1e-9, ctx);
      expectClose(res.stdTestScore, r.stdTestScore, 1e-9, ctx);
      expect(res.rankTestScore, JSON.stringify(ctx)).toEqual(r.rankTestScore);
    }
  });
  it('picks the first best candidate among ties, like sklearn best_index_, and refits it', () => {
    const { X, y, runs } = g.search;
    for (const r of runs) {
      const search = new GridSearchCV(shrink, r.grid, { cv: r.cv, ...(r.scoring ? { scoring: r.scoring } : {}) }).fit(X, y);
      const ctx = { grid: r.grid, cv: r.cv, scoring: r.scoring };
      expect(search.bestIndex, JSON.stringify(ctx)).toBe(r.bestIndex);
      expect(search.bestParams).toEqual(r.bestParams);
      expectClose(search.bestScore, r.bestScore, 1e-9, ctx);
      expectClose(search.predict(X.slice(0, 5)), r.predictions, 1e-9, ctx);
    }
  });
  it("ranks with the 'min' method (ties share the smallest rank, NaN last) on arbitrary scores", () => {
    const score = fc.constantFrom(0, 0.5, 1, 2, NaN);
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 12 }).filter((s) => s.some((v) => !Number.isNaN(v))),
        (scores) => {
          // candidate i scores scores[i] on every split; NaN comes from a fit that throws
          const make = (p: Params) => {
            const s = scores[p.i as number]!;
            return {
              fit() {
                if (Number.isNaN(s)) throw new Error('this candidate fails');
              },
              predict: (): number[] => [],
              score: () => s,
            };
          };
          const X = [[0], [1], [2], [3]];
          const search = new GridSearchCV(make, { i: scores.map((_, i) => i) }, { cv: 2, refit: false }).fit(X, [0, 0, 0, 0]);
          const ranks = minRanks(scores);
          expect(search.cvResults.rankTestScore, `scores ${JSON.stringify(scores.map(String))}`).toEqual(ranks);
          expect(search.bestIndex, `scores ${JSON.stringify(scores.map(String))}`).toBe(ranks.indexOf(1));
        },
      ),
    );
  });
  it('throws NotFittedError-style errors before fit, and has no best estimator with refit: false', () => {
    const search = new GridSearchCV(shrink, { slope: [0, 1] }, { cv: 2 });
    expectThrows(() => search.cvResults, 'cvResults before fit');
    expectThrows(() => search.predict([[1]]), 'predict before fit');
    const noRefit = new GridSearchCV(shrink, { slope: [0, 1] }, { cv: 2, refit: false }).fit([[0], [1], [2], [3]], [1, 2, 3, 4]);
    expect(noRefit.bestIndex).toBe(1);
    expectThrows(() => noRefit.bestEstimator, 'bestEstimator with refit false');
  });
});
