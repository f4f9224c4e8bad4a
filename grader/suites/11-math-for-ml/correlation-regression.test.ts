import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { ols, pearson, spearman } from '@impl/11-math-for-ml/correlation-regression';
import golden from './goldens/correlation-regression.json';
import { expectNear, show } from './_kit.ts';

const pairs = (values: fc.Arbitrary<number>) =>
  fc.integer({ min: 3, max: 30 }).chain((n) =>
    fc.tuple(fc.array(values, { minLength: n, maxLength: n }), fc.array(values, { minLength: n, maxLength: n })),
  );
const decimals = fc.integer({ min: -10000, max: 10000 }).map((i) => i / 100);
const smallInts = fc.integer({ min: 0, max: 4 }); // many ties
const nonConstant = (v: number[]) => v.some((x) => x !== v[0]);

describe('pearson', () => {
  it('is ±1 on a line and 0 for uncorrelated symmetric data', () => {
    expectNear(pearson([1, 2, 3, 4], [2, 4, 6, 8]), 1, { atol: 1e-12 }, 'pearson on y = 2x');
    expectNear(pearson([1, 2, 3, 4], [8, 6, 4, 2]), -1, { atol: 1e-12 }, 'pearson on y = 10 − 2x');
    expectNear(pearson([-1, 0, 1], [1, 0, 1]), 0, { atol: 1e-12 }, 'pearson([-1,0,1], [1,0,1])');
  });
  it('agrees with simple-statistics sampleCorrelation on random data', () => {
    fc.assert(
      fc.property(pairs(decimals), ([x, y]) => {
        fc.pre(nonConstant(x) && nonConstant(y));
        expectNear(pearson(x, y), ss.sampleCorrelation(x, y), { atol: 1e-9 }, `pearson(${show(x)}, ${show(y)})`);
      }),
      { numRuns: 40 },
    );
  });
  it('matches scipy.stats.pearsonr goldens', () => {
    for (const c of golden.cases) expectNear(pearson(c.x, c.y), c.pearson, { atol: 1e-12 }, `pearson(${show(c.x)}, ${show(c.y)})`);
  });
  it('throws a RangeError for different lengths', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('spearman', () => {
  it('is 1 for any increasing relation', () => {
    expectNear(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125]), 1, { atol: 1e-12 }, 'spearman(x, x³)');
  });
  it('gives tied values the average of their ranks (midranks)', () => {
    // x ranks [1, 2.5, 2.5, 4]; with ordinal ranks [1, 2, 3, 4] the result would be 1.
    const expected = ss.sampleCorrelation([1, 2.5, 2.5, 4], [1, 2, 3, 4]);
    expectNear(spearman([10, 20, 20, 30], [1, 2, 3, 4]), expected, { atol: 1e-12 }, 'spearman([10,20,20,30], [1,2,3,4])');
  });
  it('agrees with simple-statistics sampleRankCorrelation on data with many ties', () => {
    fc.assert(
      fc.property(pairs(smallInts), ([x, y]) => {
        fc.pre(nonConstant(x) && nonConstant(y));
        expectNear(spearman(x, y), ss.sampleRankCorrelation(x, y), { atol: 1e-9 }, `spearman(${show(x)}, ${show(y)})`);
      }),
      { numRuns: 40 },
    );
  });
  it('matches scipy.stats.spearmanr goldens', () => {
    for (const c of golden.cases) expectNear(spearman(c.x, c.y), c.spearman, { atol: 1e-12 }, `spearman(${show(c.x)}, ${show(c.y)})`);
  });
});

describe('ols', () => {
  it('recovers an exact line: slope 2, intercept 1, r2 1', () => {
    const r = ols([0, 1, 2, 3], [1, 3, 5, 7]);
    expectNear(r.slope, 2, { atol: 1e-12 }, 'slope');
    expectNear(r.intercept, 1, { atol: 1e-12 }, 'intercept');
    expectNear(r.r2, 1, { atol: 1e-12 }, 'r2');
  });
  it('agrees with simple-statistics linearRegression and rSquared', () => {
    fc.assert(
      fc.property(pairs(decimals), ([x, y]) => {
        fc.pre(nonConstant(x) && nonConstant(y));
        const data = x.map((xi, i) => [xi, y[i]!]);
        const { m, b } = ss.linearRegression(data);
        const r = ols(x, y);
        const input = `ols(${show(x)}, ${show(y)})`;
        expectNear(r.slope, m, { rtol: 1e-9, atol: 1e-9 }, `${input}.slope`);
        expectNear(r.intercept, b, { rtol: 1e-9, atol: 1e-9 }, `${input}.intercept`);
        expectNear(r.r2, ss.rSquared(data, ss.linearRegressionLine({ m, b })), { atol: 1e-9 }, `${input}.r2`);
      }),
      { numRuns: 40 },
    );
  });
  it('matches scipy.stats.linregress goldens (r2 = rvalue²)', () => {
    for (const c of golden.cases) {
      const r = ols(c.x, c.y);
      const input = `ols(${show(c.x)}, ${show(c.y)})`;
      expectNear(r.slope, c.slope, { rtol: 1e-12, atol: 1e-12 }, `${input}.slope`);
      expectNear(r.intercept, c.intercept, { rtol: 1e-12, atol: 1e-12 }, `${input}.intercept`);
      expectNear(r.r2, c.r2, { atol: 1e-12 }, `${input}.r2`);
    }
  });
  it('has r2 equal to pearson² for a simple regression', () => {
    fc.assert(
      fc.property(pairs(decimals), ([x, y]) => {
        fc.pre(nonConstant(x) && nonConstant(y));
        expectNear(ols(x, y).r2, pearson(x, y) ** 2, { atol: 1e-9 }, `ols(${show(x)}, ${show(y)}).r2 vs pearson²`);
      }),
      { numRuns: 40 },
    );
  });
});
