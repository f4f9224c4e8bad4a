import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import { StandardScaler } from '@impl/12-data-preprocessing/standard-scaler';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface Case {
  label: string; X: number[][]; withMean: boolean; withStd: boolean;
  mean: number[] | null; var: number[] | null; scale: number[] | null; nSamplesSeen: number[];
  transform: number[][]; Z: number[][]; transformZ: number[][]; inverseZ: number[][]; names: string[];
}
const g = golden<{ cases: Case[] }>('standard-scaler');
const TOL = 1e-12;
const label = (c: Case) => `StandardScaler({ withMean: ${c.withMean}, withStd: ${c.withStd} }).fit(${show(c.X)}) ("${c.label}")`;
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};
const fitted = (c: Case) => new StandardScaler({ withMean: c.withMean, withStd: c.withStd }).fit(c.X);

describe('StandardScaler (scikit-learn goldens, rules R2)', () => {
  it('learns mean, population variance (ddof 0) and scale', () => {
    for (const c of cases((x) => x.withMean && x.withStd)) {
      const sc = fitted(c);
      expectClose({ mean: sc.mean, var: sc.var, scale: sc.scale }, { mean: c.mean, var: c.var, scale: c.scale }, TOL, label(c));
    }
  });
  it("standardises the roadmap's Age/Salary/Experience exactly as in the article", () => {
    const c = cases((x) => x.label === 'article' && x.withMean && x.withStd)[0]!;
    expectClose(fitted(c).transform(c.X), c.transform, TOL, label(c));
  });
  it('transforms new data with the statistics learned in fit', () => {
    for (const c of g.cases) expectClose(fitted(c).transform(c.Z), c.transformZ, TOL, `${label(c)}.transform(${show(c.Z)})`);
  });
  it('gives a constant column scale 1, so it maps to 0', () => {
    for (const c of cases((x) => x.label === 'constant columns' && x.withStd)) {
      const sc = fitted(c);
      expectClose({ scale: sc.scale, transform: sc.transform(c.X) }, { scale: c.scale, transform: c.transform }, TOL, label(c));
    }
  });
  it('treats [0.1, 0.1, 0.1] as constant although its computed variance is rounding noise, not exactly 0', () => {
    const c = cases((x) => x.label === 'constant columns' && x.withMean && x.withStd)[0]!;
    const out = fitted(c).transform(c.X).map((row) => row[0]!);
    expectClose(out, c.transform.map((row) => row[0]!), TOL, `${label(c)}: column 0 after transform`);
  });
  it('ignores NaN in fit, passes it through transform, and counts the present values per column', () => {
    for (const c of cases((x) => x.label === 'missing values')) {
      const sc = fitted(c);
      expectClose({ mean: sc.mean, var: sc.var, transform: sc.transform(c.X), nSamplesSeen: sc.nSamplesSeen }, { mean: c.mean, var: c.var, transform: c.transform, nSamplesSeen: c.nSamplesSeen }, TOL, label(c));
    }
  });
  it('only scales with withMean false, only centres with withStd false, and copies with both false', () => {
    for (const c of cases((x) => !(x.withMean && x.withStd))) {
      const sc = fitted(c);
      expectClose({ mean: sc.mean, var: sc.var, scale: sc.scale, transform: sc.transform(c.X) }, { mean: c.mean, var: c.var, scale: c.scale, transform: c.transform }, TOL, label(c));
    }
  });
  it('undoes transform with inverseTransform', () => {
    for (const c of g.cases) expectClose(fitted(c).inverseTransform(c.Z), c.inverseZ, TOL, `${label(c)}.inverseTransform(${show(c.Z)})`);
  });
  it('keeps the input feature names', () => {
    for (const c of g.cases) expectClose(fitted(c).getFeatureNamesOut(c.names), c.names, 0, `${label(c)}.getFeatureNamesOut(${show(c.names)})`);
    expectClose(fitted(g.cases[0]!).getFeatureNamesOut(), ['x0', 'x1', 'x2'], 0, 'getFeatureNamesOut() on 3 columns');
  });
});

describe('StandardScaler contract', () => {
  it('throws NotFittedError from transform, inverseTransform and the fitted attributes before fit', () => {
    const sc = new StandardScaler();
    expectThrows(() => sc.transform([[1]]), NotFittedError, 'transform before fit');
    expectThrows(() => sc.inverseTransform([[1]]), NotFittedError, 'inverseTransform before fit');
    expectThrows(() => sc.mean, NotFittedError, 'mean before fit');
    expectThrows(() => sc.scale, NotFittedError, 'scale before fit');
  });
  it('returns this from fit', () => {
    const sc = new StandardScaler();
    expect(sc.fit([[1], [2]])).toBe(sc);
  });
  it('refuses rows of another width than fit saw, with ValueError', () => {
    const sc = new StandardScaler().fit([[1, 2], [3, 4]]);
    expectThrows(() => sc.transform([[1]]), ValueError, 'transform of a 1-column row after fitting 2 columns');
  });
  it('outputs columns with mean 0 and population variance 1 (property)', () => {
    // Oracle: the definition, checked on the output; columns of distinct integers are never constant.
    const column = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(column, (xs) => {
        const out = new StandardScaler().fitTransform(xs.map((x) => [x])).map((r) => r[0]!);
        const m = out.reduce((s, x) => s + x, 0) / out.length;
        const v = out.reduce((s, x) => s + (x - m) ** 2, 0) / out.length;
        return Math.abs(m) < 1e-9 && Math.abs(v - 1) < 1e-9;
      }),
    );
  });
  it('round-trips inverseTransform(transform(X)) to X (property)', () => {
    const row = fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), (rows) => {
        const X = rows.map(([a, b]) => [a, b]);
        const sc = new StandardScaler().fit(X);
        const back = sc.inverseTransform(sc.transform(X));
        return back.every((r, i) => r.every((v, j) => Math.abs(v - X[i]![j]!) < 1e-9 * Math.max(1, Math.abs(X[i]![j]!))));
      }),
    );
  });
});
