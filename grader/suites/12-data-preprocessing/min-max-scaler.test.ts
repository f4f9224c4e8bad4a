import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import { MinMaxScaler } from '@impl/12-data-preprocessing/min-max-scaler';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface Case {
  label: string; X: number[][]; featureRange: [number, number]; clip: boolean;
  dataMin: number[]; dataMax: number[]; dataRange: number[]; scale: number[]; min: number[]; nSamplesSeen: number;
  transform: number[][]; Z: number[][]; transformZ: number[][]; inverseZ: number[][];
}
const g = golden<{ cases: Case[]; badRanges: [number, number][] }>('min-max-scaler');
const TOL = 1e-12;
const label = (c: Case) => `MinMaxScaler({ featureRange: ${show(c.featureRange)}, clip: ${c.clip} }).fit(${show(c.X)}) ("${c.label}")`;
const fitted = (c: Case) => new MinMaxScaler({ featureRange: c.featureRange, clip: c.clip }).fit(c.X);
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};

describe('MinMaxScaler (scikit-learn goldens, rules R3)', () => {
  it('learns dataMin, dataMax, dataRange, scale and min (the offset)', () => {
    for (const c of g.cases) {
      const mm = fitted(c);
      expectClose(
        { dataMin: mm.dataMin, dataMax: mm.dataMax, dataRange: mm.dataRange, scale: mm.scale, min: mm.min, nSamplesSeen: mm.nSamplesSeen },
        { dataMin: c.dataMin, dataMax: c.dataMax, dataRange: c.dataRange, scale: c.scale, min: c.min, nSamplesSeen: c.nSamplesSeen },
        TOL,
        label(c),
      );
    }
  });
  it('maps each column onto [0, 1] by default', () => {
    for (const c of cases((x) => x.featureRange[0] === 0 && x.featureRange[1] === 1 && !x.clip)) {
      expectClose(new MinMaxScaler().fit(c.X).transform(c.X), c.transform, TOL, `new MinMaxScaler().fit(${show(c.X)}) ("${c.label}")`);
    }
  });
  it('maps onto any feature range', () => {
    for (const c of g.cases) expectClose(fitted(c).transform(c.X), c.transform, TOL, label(c));
  });
  it('maps a constant column to the low end of the range (a zero range counts as 1)', () => {
    for (const c of cases((x) => x.label === 'constant columns')) expectClose(fitted(c).transform(c.X), c.transform, TOL, label(c));
  });
  it('lets new values leave the range without clip, and clips them with clip', () => {
    for (const c of g.cases) expectClose(fitted(c).transform(c.Z), c.transformZ, TOL, `${label(c)}.transform(${show(c.Z)})`);
  });
  it('ignores NaN in fit and passes it through', () => {
    for (const c of cases((x) => x.label === 'missing values')) {
      const mm = fitted(c);
      expectClose({ dataMin: mm.dataMin, dataMax: mm.dataMax, transform: mm.transform(c.X) }, { dataMin: c.dataMin, dataMax: c.dataMax, transform: c.transform }, TOL, label(c));
    }
  });
  it('undoes the scaling with inverseTransform', () => {
    for (const c of g.cases) expectClose(fitted(c).inverseTransform(c.Z), c.inverseZ, TOL, `${label(c)}.inverseTransform(${show(c.Z)})`);
  });
  it('refuses a feature range whose low end is not below its high end, with ValueError', () => {
    for (const fr of g.badRanges) expectThrows(() => new MinMaxScaler({ featureRange: fr }).fit([[1], [2]]), ValueError, `featureRange ${show(fr)}`);
  });
});

describe('MinMaxScaler contract', () => {
  it('throws NotFittedError before fit', () => {
    const mm = new MinMaxScaler();
    expectThrows(() => mm.transform([[1]]), NotFittedError, 'transform before fit');
    expectThrows(() => mm.dataMin, NotFittedError, 'dataMin before fit');
  });
  it('returns this from fit and keeps the feature names', () => {
    const mm = new MinMaxScaler();
    expect(mm.fit([[1, 2], [3, 4]])).toBe(mm);
    expectClose({ names: mm.getFeatureNamesOut(), given: mm.getFeatureNamesOut(['a', 'b']) }, { names: ['x0', 'x1'], given: ['a', 'b'] }, 0, 'getFeatureNamesOut');
  });
  it('sends the fitted minimum to low and the maximum to high, and stays inside with clip (property)', () => {
    const col = fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 15 }).filter((xs) => Math.max(...xs) - Math.min(...xs) > 1e-6);
    const range = fc.tuple(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 10 })).map(([a, w]) => [a, a + w] as [number, number]);
    fc.assert(
      fc.property(col, range, fc.double({ min: -1e5, max: 1e5, noNaN: true }), (xs, fr, probe) => {
        const mm = new MinMaxScaler({ featureRange: fr, clip: true }).fit(xs.map((x) => [x]));
        const lo = xs.indexOf(Math.min(...xs));
        const hi = xs.indexOf(Math.max(...xs));
        const out = mm.transform(xs.map((x) => [x])).map((r) => r[0]!);
        const p = mm.transform([[probe]])[0]![0]!;
        return Math.abs(out[lo]! - fr[0]) < 1e-9 && Math.abs(out[hi]! - fr[1]) < 1e-9 && p >= fr[0] && p <= fr[1];
      }),
    );
  });
});
