import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import type { Cell } from '@impl/12-data-preprocessing/_types';
import { type ImputeStrategy, SimpleImputer } from '@impl/12-data-preprocessing/simple-imputer';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface NumericCase {
  label: string; X: number[][]; strategy: ImputeStrategy; keepEmptyFeatures: boolean; fillValue: number | null;
  statistics: number[]; transform: number[][]; names: string[]; namesIn: string[]; XNew?: number[][]; transformNew?: number[][];
}
interface StringCase { label: string; X: Cell[][]; strategy: ImputeStrategy; fillValue: string | null; statistics: (string | number)[]; transform: Cell[][]; names: string[] }
const g = golden<{ numeric: NumericCase[]; strings: StringCase[] }>('simple-imputer');

const TOL = 1e-12; // sklearn's mean is NumPy's masked mean: same sum up to rounding
const make = (c: { strategy: ImputeStrategy; fillValue: number | string | null; keepEmptyFeatures?: boolean }) =>
  new SimpleImputer({ strategy: c.strategy, fillValue: c.fillValue, keepEmptyFeatures: c.keepEmptyFeatures ?? false });
const label = (c: NumericCase | StringCase) =>
  `SimpleImputer({ strategy: '${c.strategy}', fillValue: ${show(c.fillValue)}${'keepEmptyFeatures' in c ? `, keepEmptyFeatures: ${c.keepEmptyFeatures}` : ''} }) on the "${c.label}" data ${show(c.X)}`;
const numeric = (pred: (c: NumericCase) => boolean) => {
  const cases = g.numeric.filter(pred);
  expect(cases.length).toBeGreaterThan(0);
  return cases;
};

describe('SimpleImputer (scikit-learn goldens, rules R1)', () => {
  for (const strategy of ['mean', 'median', 'most_frequent', 'constant'] as const) {
    it(`learns statistics and fills missing cells with strategy '${strategy}'`, () => {
      for (const c of numeric((x) => x.strategy === strategy && x.label !== 'empty column')) {
        const imp = make(c).fit(c.X);
        expectClose({ statistics: imp.statistics, transform: imp.transform(c.X) }, { statistics: c.statistics, transform: c.transform }, TOL, label(c));
      }
    });
  }
  it('averages the two middle values for the median of an even count', () => {
    for (const c of numeric((x) => x.label === 'even count' && x.strategy === 'median')) expectClose(make(c).fit(c.X).statistics, c.statistics, 0, label(c));
  });
  it('breaks most_frequent ties by the smallest value', () => {
    for (const c of numeric((x) => x.label === 'ties' && x.strategy === 'most_frequent')) expectClose(make(c).fit(c.X).statistics, c.statistics, 0, label(c));
  });
  it('fills new data with the statistics learned in fit, not recomputed', () => {
    for (const c of numeric((x) => x.XNew !== undefined)) {
      expectClose(make(c).fit(c.X).transform(c.XNew!), c.transformNew!, TOL, `${label(c)}, then transform(${show(c.XNew)})`);
    }
  });
  it('drops a column with no observed value, giving it statistic NaN', () => {
    for (const c of numeric((x) => x.label === 'empty column' && !x.keepEmptyFeatures)) {
      const imp = make(c).fit(c.X);
      expectClose({ statistics: imp.statistics, transform: imp.transform(c.X), names: imp.getFeatureNamesOut() }, { statistics: c.statistics, transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it('keeps such a column, filled with 0, when keepEmptyFeatures is set', () => {
    for (const c of numeric((x) => x.label === 'empty column' && x.keepEmptyFeatures)) {
      const imp = make(c).fit(c.X);
      expectClose({ statistics: imp.statistics, transform: imp.transform(c.X), names: imp.getFeatureNamesOut() }, { statistics: c.statistics, transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it('names the output columns x0, x1, ... or after the given input names', () => {
    for (const c of g.numeric) {
      const imp = make(c).fit(c.X);
      const inputs = c.X[0]!.map((_, j) => `f${j}`);
      expectClose({ names: imp.getFeatureNamesOut(), namesIn: imp.getFeatureNamesOut(inputs) }, { names: c.names, namesIn: c.namesIn }, 0, label(c));
    }
  });
  it('imputes string columns with most_frequent (ties by code point) and constant', () => {
    for (const c of g.strings) {
      const imp = make(c).fit(c.X);
      expectClose({ statistics: imp.statistics, transform: imp.transform(c.X), names: imp.getFeatureNamesOut() }, { statistics: c.statistics, transform: c.transform, names: c.names }, 0, label(c));
    }
  });
  it("fills 'missing_value' by default when the data holds strings", () => {
    for (const c of g.strings.filter((x) => x.strategy === 'constant' && x.fillValue === null)) expectClose(make(c).fit(c.X).statistics, c.statistics, 0, label(c));
  });
});

describe('SimpleImputer contract', () => {
  it('throws NotFittedError from transform and statistics before fit', () => {
    const imp = new SimpleImputer();
    expectThrows(() => imp.transform([[1, NaN]]), NotFittedError, 'transform before fit');
    expectThrows(() => imp.statistics, NotFittedError, 'statistics before fit');
  });
  it('returns this from fit, so calls chain', () => {
    const imp = new SimpleImputer();
    expect(imp.fit([[1], [2]])).toBe(imp);
  });
  it('treats null like NaN as missing', () => {
    const c = g.numeric.find((x) => x.label === 'article' && x.strategy === 'mean' && !x.keepEmptyFeatures)!;
    const withNull = c.X.map((row) => row.map((v) => (Number.isNaN(v) ? null : v)));
    expectClose(new SimpleImputer().fitTransform(withNull), c.transform, TOL, `fitTransform(${show(withNull)})`);
  });
  it('refuses mean and median on strings, and a string fill for numeric data, with ValueError', () => {
    expectThrows(() => new SimpleImputer({ strategy: 'mean' }).fit([['a'], [null]]), ValueError, "strategy 'mean' on [['a'], [null]]");
    expectThrows(() => new SimpleImputer({ strategy: 'median' }).fit([['a'], ['b']]), ValueError, "strategy 'median' on [['a'], ['b']]");
    expectThrows(() => new SimpleImputer({ strategy: 'constant', fillValue: 'x' }).fit([[1], [NaN]]), ValueError, "constant fill 'x' on numbers");
  });
  it('refuses rows with another number of columns than fit saw, with ValueError', () => {
    const imp = new SimpleImputer().fit([[1, 2], [3, 4]]);
    expectThrows(() => imp.transform([[1, 2, 3]]), ValueError, 'transform of a 3-column row after fitting 2 columns');
  });
  it('leaves no missing value and never changes a present one (property)', () => {
    const cell = fc.option(fc.integer({ min: -9, max: 9 }), { nil: null });
    const matrix = fc.integer({ min: 1, max: 4 }).chain((d) => fc.array(fc.array(cell, { minLength: d, maxLength: d }), { minLength: 1, maxLength: 12 }));
    fc.assert(
      fc.property(matrix, fc.constantFrom<ImputeStrategy>('mean', 'median', 'most_frequent', 'constant'), (X, strategy) => {
        const imp = new SimpleImputer({ strategy, keepEmptyFeatures: true });
        const out = imp.fitTransform(X);
        return out.length === X.length && X.every((row, i) => row.every((v, j) => !Number.isNaN(out[i]![j]!) && (v === null || out[i]![j] === v)));
      }),
    );
  });
});
