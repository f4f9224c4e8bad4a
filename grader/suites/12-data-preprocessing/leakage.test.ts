import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueError } from '@impl/12-data-preprocessing/_errors';
import { preprocessSplit } from '@impl/12-data-preprocessing/leakage';
import { expectClose, expectThrows, firstDifference, golden, show } from './_kit.ts';

interface Fit { train: number[][]; test: number[][]; statistics: number[]; mean: number[]; scale: number[] }
interface Case { X: number[][]; testIndices: number[]; clean: Fit; leaky: Fit }
const g = golden<{ cases: Case[] }>('leakage');
const TOL = 1e-12;
const label = (c: Case) => `preprocessSplit(${show(c.X)}, ${show(c.testIndices)})`;

describe('preprocessSplit: fit on the training rows only (scikit-learn goldens)', () => {
  it('matches make_pipeline(SimpleImputer(), StandardScaler()).fit(X_train) applied to both halves', () => {
    for (const c of g.cases) expectClose(preprocessSplit(c.X, c.testIndices), c.clean, TOL, label(c));
  });
  it('differs from the leaky fit on all rows (the test rows must not shape the statistics)', () => {
    for (const c of g.cases) {
      // Sanity: the goldens themselves differ, so this test can fail.
      expect(firstDifference(c.leaky.mean, c.clean.mean, 1e-6)).toBeDefined();
      const got = preprocessSplit(c.X, c.testIndices);
      const leakyMatch = firstDifference({ mean: got.mean, test: got.test }, { mean: c.leaky.mean, test: c.leaky.test }, 1e-6) === undefined;
      expect(leakyMatch, `${label(c)} reproduces the fit on ALL rows: the test rows leaked into the means and scales`).toBe(false);
      expectClose({ statistics: got.statistics, mean: got.mean, scale: got.scale }, { statistics: c.clean.statistics, mean: c.clean.mean, scale: c.clean.scale }, TOL, label(c));
    }
  });
  it('keeps the training rows in their order and returns the test rows in the order of testIndices', () => {
    const X = [[0], [10], [20], [30], [40]];
    const { train, test, mean, scale } = preprocessSplit(X, [3, 0]);
    const z = (v: number) => (v - mean[0]!) / scale[0]!;
    expectClose({ train, test }, { train: [[z(10)], [z(20)], [z(40)]], test: [[z(30)], [z(0)]] }, TOL, 'preprocessSplit([[0],[10],[20],[30],[40]], [3, 0])');
  });
  it('throws ValueError for an index out of range or repeated', () => {
    expectThrows(() => preprocessSplit([[1], [2]], [2]), ValueError, 'test index 2 of 2 rows');
    expectThrows(() => preprocessSplit([[1], [2], [3]], [1, 1]), ValueError, 'test index 1 twice');
  });
});

describe('preprocessSplit properties', () => {
  const data = fc
    .tuple(fc.integer({ min: 4, max: 12 }), fc.integer({ min: 1, max: 3 }))
    .chain(([n, d]) =>
      fc.record({
        X: fc.array(fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -50, max: 50 }) }, { weight: 1, arbitrary: fc.constant(NaN) }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
        testIndices: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n - 2 }),
        shift: fc.integer({ min: 1, max: 1000 }),
      }),
    )
    .filter(({ X, testIndices }) => X[0]!.every((_, j) => X.some((row, i) => !testIndices.includes(i) && !Number.isNaN(row[j]!))));
  it('gives the same training output and statistics whatever the test rows hold (property)', () => {
    fc.assert(
      fc.property(data, ({ X, testIndices, shift }) => {
        const moved = X.map((row, i) => (testIndices.includes(i) ? row.map((v) => v + shift) : row));
        const a = preprocessSplit(X, testIndices);
        const b = preprocessSplit(moved, testIndices);
        return show({ train: b.train, statistics: b.statistics, mean: b.mean, scale: b.scale }) === show({ train: a.train, statistics: a.statistics, mean: a.mean, scale: a.scale });
      }),
    );
  });
  it('learns the plain mean and population standard deviation of the training rows (property)', () => {
    // Oracle: impute each training column with its mean, then mean and sqrt(mean squared deviation).
    fc.assert(
      fc.property(data, ({ X, testIndices }) => {
        const train = X.filter((_, i) => !testIndices.includes(i));
        const got = preprocessSplit(X, testIndices);
        return X[0]!.every((_, j) => {
          const present = train.map((r) => r[j]!).filter((v) => !Number.isNaN(v));
          const m = present.reduce((s, v) => s + v, 0) / present.length;
          const col = train.map((r) => (Number.isNaN(r[j]!) ? m : r[j]!));
          const mean = col.reduce((s, v) => s + v, 0) / col.length;
          const sd = Math.sqrt(col.reduce((s, v) => s + (v - mean) ** 2, 0) / col.length);
          return Math.abs(got.statistics[j]! - m) < 1e-9 && Math.abs(got.mean[j]! - mean) < 1e-9 && (sd <= 1e-9 || Math.abs(got.scale[j]! - sd) < 1e-9);
        });
      }),
    );
  });
});
