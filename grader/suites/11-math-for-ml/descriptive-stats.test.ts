import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { kurtosis, mean, median, mode, quantile, skew, std, variance } from '@impl/11-math-for-ml/descriptive-stats';
import golden from './goldens/descriptive-stats.json';
import { expectNear, show } from './_kit.ts';

// Data with at most 3 decimals in [-1000, 1000], 1..40 values: no NaN, no subnormals.
const data = (minLength = 1) => fc.array(fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000), { minLength, maxLength: 40 });
const scaleOf = (x: number[]) => Math.max(1, ...x.map(Math.abs));

describe('mean, variance, std', () => {
  it('agree with simple-statistics (variance is ddof 0, sampleVariance ddof 1)', () => {
    fc.assert(
      fc.property(data(2), (x) => {
        const s = scaleOf(x);
        expectNear(mean(x), ss.mean(x), { atol: 1e-12 * s }, `mean(${show(x)})`);
        expectNear(variance(x), ss.variance(x), { rtol: 1e-10, atol: 1e-12 * s * s }, `variance(${show(x)})`);
        expectNear(variance(x, 1), ss.sampleVariance(x), { rtol: 1e-10, atol: 1e-12 * s * s }, `variance(${show(x)}, 1)`);
        expectNear(std(x), ss.standardDeviation(x), { rtol: 1e-10, atol: 1e-9 * s }, `std(${show(x)})`);
        expectNear(std(x, 1), ss.sampleStandardDeviation(x), { rtol: 1e-10, atol: 1e-9 * s }, `std(${show(x)}, 1)`);
      }),
      { numRuns: 40 },
    );
  });
  it('divide by n − ddof (NumPy goldens for ddof 0, 1, 2)', () => {
    for (const c of golden.moments) {
      expectNear(mean(c.x), c.mean, { rtol: 1e-12 }, `mean(${show(c.x)})`);
      expectNear(variance(c.x), c.var0, { rtol: 1e-12 }, `variance(${show(c.x)}, 0)`);
      expectNear(variance(c.x, 1), c.var1, { rtol: 1e-12 }, `variance(${show(c.x)}, 1)`);
      expectNear(variance(c.x, 2), c.var2, { rtol: 1e-12 }, `variance(${show(c.x)}, 2)`);
      expectNear(std(c.x, 1), Math.sqrt(c.var1), { rtol: 1e-12 }, `std(${show(c.x)}, 1)`);
    }
  });
  it('use ddof 0 by default: variance([1, 2, 3, 4]) = 1.25', () => {
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
  it('stay accurate far from zero (no E[x²] − E[x]² cancellation)', () => {
    const x = [1e9 + 1, 1e9 + 2, 1e9 + 3];
    expectNear(variance(x), 2 / 3, { rtol: 1e-9 }, `variance(${show(x)})`);
    expectNear(variance(x, 1), 1, { rtol: 1e-9 }, `variance(${show(x)}, 1)`);
  });
  it('give NaN when n − ddof ≤ 0', () => {
    expect(variance([5], 1)).toBeNaN();
  });
  it('throw a RangeError on empty input', () => {
    expect(() => mean([])).toThrow(RangeError);
    expect(() => variance([])).toThrow(RangeError);
  });
});

describe('median and quantile', () => {
  it('sort numerically, not as strings', () => {
    expect(median([10, 9, 1, 2])).toBe(5.5);
    expect(median([100, 25, 3])).toBe(25);
    expect(quantile([10, 9, 1, 2, 30], 1)).toBe(30);
  });
  it('interpolate linearly (type 7): quantile([1, 2, 3, 4], 0.1) = 1.3', () => {
    expectNear(quantile([1, 2, 3, 4], 0.1), 1.3, { atol: 1e-12 }, 'quantile([1,2,3,4], 0.1)');
    expectNear(quantile([4, 3, 2, 1], 0.9), 3.7, { atol: 1e-12 }, 'quantile([4,3,2,1], 0.9)');
  });
  it('agree with simple-statistics quantile and median on random data', () => {
    fc.assert(
      fc.property(data(), fc.integer({ min: 0, max: 100 }).map((i) => i / 100), (x, q) => {
        expectNear(quantile(x, q), ss.quantile(x, q), { atol: 1e-12 * scaleOf(x) }, `quantile(${show(x)}, ${q})`);
        expectNear(median(x), ss.median(x), { atol: 1e-12 * scaleOf(x) }, `median(${show(x)})`);
      }),
      { numRuns: 40 },
    );
  });
  it('agree with NumPy np.quantile goldens', () => {
    for (const c of golden.moments) {
      expectNear(median(c.x), c.median, { rtol: 1e-12 }, `median(${show(c.x)})`);
      for (const [q, e] of c.quantiles) expectNear(quantile(c.x, q!), e!, { rtol: 1e-12, atol: 1e-12 }, `quantile(${show(c.x)}, ${q})`);
    }
  });
  it('reject q outside [0, 1] and empty input with a RangeError', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], -0.1)).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
  });
  it('do not reorder the input', () => {
    const x = [3, 1, 2];
    median(x);
    quantile(x, 0.3);
    mode(x);
    expect(x).toEqual([3, 1, 2]);
  });
});

describe('mode', () => {
  it('returns the smallest of the most frequent values (scipy.stats.mode goldens)', () => {
    for (const c of golden.modes) expect(mode(c.x), `mode(${show(c.x)})`).toBe(c.mode);
  });
  it('agrees with simple-statistics mode on random integer data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 30 }), (x) => {
        expect(mode(x), `mode(${show(x)})`).toBe(ss.mode(x));
      }),
      { numRuns: 40 },
    );
  });
});

describe('skew and kurtosis', () => {
  it('match scipy.stats.skew/kurtosis goldens for bias true and false', () => {
    for (const c of golden.moments) {
      expectNear(skew(c.x), c.skewBiased, { rtol: 1e-9, atol: 1e-12 }, `skew(${show(c.x)})`);
      expectNear(skew(c.x, { bias: true }), c.skewBiased, { rtol: 1e-9, atol: 1e-12 }, `skew(${show(c.x)}, { bias: true })`);
      expectNear(skew(c.x, { bias: false }), c.skewUnbiased, { rtol: 1e-9, atol: 1e-12 }, `skew(${show(c.x)}, { bias: false })`);
      expectNear(kurtosis(c.x), c.kurtosisBiased, { rtol: 1e-9, atol: 1e-12 }, `kurtosis(${show(c.x)})`);
      expectNear(kurtosis(c.x, { bias: false }), c.kurtosisUnbiased, { rtol: 1e-9, atol: 1e-12 }, `kurtosis(${show(c.x)}, { bias: false })`);
    }
  });
  it('agree with simple-statistics sampleSkewness (biased and not) and sampleKurtosis', () => {
    fc.assert(
      fc.property(data(4), (x) => {
        fc.pre(ss.variance(x) > 1e-6);
        expectNear(skew(x), ss.sampleSkewness(x, true), { rtol: 1e-8, atol: 1e-10 }, `skew(${show(x)})`);
        expectNear(skew(x, { bias: false }), ss.sampleSkewness(x), { rtol: 1e-8, atol: 1e-10 }, `skew(${show(x)}, { bias: false })`);
        expectNear(kurtosis(x, { bias: false }), ss.sampleKurtosis(x), { rtol: 1e-8, atol: 1e-10 }, `kurtosis(${show(x)}, { bias: false })`);
      }),
      { numRuns: 40 },
    );
  });
  it('report excess kurtosis: a symmetric two-point distribution has skew 0 and kurtosis −2', () => {
    expectNear(skew([-1, 1, -1, 1]), 0, { atol: 1e-12 }, 'skew([-1,1,-1,1])');
    expectNear(kurtosis([-1, 1, -1, 1]), -2, { atol: 1e-12 }, 'kurtosis([-1,1,-1,1])');
  });
});
