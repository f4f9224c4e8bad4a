import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import { PolynomialFeatures, type PolynomialFeaturesOptions } from '@impl/12-data-preprocessing/polynomial-features';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface Case {
  label: string; X: number[][]; degree: number | [number, number]; interactionOnly: boolean; includeBias: boolean;
  powers: number[][]; nOutputFeatures: number; transform: number[][]; names: string[]; namesIn: string[];
}
const g = golden<{ cases: Case[]; errors: { degree: number | [number, number]; includeBias: boolean }[] }>('polynomial-features');
const opts = (c: Case): PolynomialFeaturesOptions => ({ degree: c.degree, interactionOnly: c.interactionOnly, includeBias: c.includeBias });
const label = (c: Case) => `PolynomialFeatures(${show(opts(c))}).fit(${show(c.X)})`;
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};

describe('PolynomialFeatures (scikit-learn goldens)', () => {
  it("names degree 2 on two features ['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2']", () => {
    const c = cases((x) => x.label === 'two features' && x.degree === 2 && !x.interactionOnly && x.includeBias)[0]!;
    expect(c.names).toEqual(['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2']);
    expectClose(new PolynomialFeatures().fit(c.X).getFeatureNamesOut(), c.names, 0, `new PolynomialFeatures().fit(${show(c.X)}).getFeatureNamesOut()`);
  });
  it('lists the terms in scikit-learn order (powers) for every degree, with and without bias', () => {
    for (const c of cases((x) => !x.interactionOnly)) {
      const pf = new PolynomialFeatures(opts(c)).fit(c.X);
      expectClose({ powers: pf.powers, nOutputFeatures: pf.nOutputFeatures }, { powers: c.powers, nOutputFeatures: c.nOutputFeatures }, 0, label(c));
    }
  });
  it('keeps only products of distinct features with interactionOnly', () => {
    for (const c of cases((x) => x.interactionOnly)) {
      const pf = new PolynomialFeatures(opts(c)).fit(c.X);
      expectClose({ powers: pf.powers, names: pf.getFeatureNamesOut() }, { powers: c.powers, names: c.names }, 0, label(c));
    }
  });
  it('keeps only terms of degree min..max (plus the bias) for a [min, max] degree', () => {
    for (const c of cases((x) => Array.isArray(x.degree))) expectClose(new PolynomialFeatures(opts(c)).fit(c.X).getFeatureNamesOut(), c.names, 0, label(c));
  });
  it('computes every product', () => {
    for (const c of g.cases) expectClose(new PolynomialFeatures(opts(c)).fit(c.X).transform(c.X), c.transform, 1e-12, label(c));
  });
  it('names the factors after the given input names, joined by spaces, powers as ^p', () => {
    for (const c of g.cases) {
      const names = ['a', 'b', 'c', 'd'].slice(0, c.X[0]!.length);
      expectClose(new PolynomialFeatures(opts(c)).fit(c.X).getFeatureNamesOut(names), c.namesIn, 0, `${label(c)}.getFeatureNamesOut(${show(names)})`);
    }
  });
  it('refuses degree 0 without bias and a [min, max] with min > max, with ValueError', () => {
    for (const e of g.errors) {
      expectThrows(() => new PolynomialFeatures({ degree: e.degree, includeBias: e.includeBias }).fit([[1, 2]]), ValueError, `PolynomialFeatures(${show(e)}).fit([[1, 2]])`);
    }
  });
});

describe('PolynomialFeatures contract', () => {
  it('throws NotFittedError before fit', () => {
    expectThrows(() => new PolynomialFeatures().transform([[1]]), NotFittedError, 'transform before fit');
    expectThrows(() => new PolynomialFeatures().getFeatureNamesOut(), NotFittedError, 'getFeatureNamesOut before fit');
  });
  it('counts C(n + d, d) outputs for n features up to degree d (property)', () => {
    // Oracle: the number of monomials of degree <= d in n variables is the binomial coefficient C(n + d, d).
    const binom = (a: number, b: number) => {
      let r = 1;
      for (let i = 1; i <= b; i++) r = (r * (a - b + i)) / i;
      return Math.round(r);
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const pf = new PolynomialFeatures({ degree: d }).fit([new Array<number>(n).fill(1)]);
        expect(pf.nOutputFeatures).toBe(binom(n + d, d));
      }),
    );
  });
  it('evaluates each output as the product of inputs raised to its powers (property)', () => {
    const row = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 3 }), (x, d) => {
        const pf = new PolynomialFeatures({ degree: d }).fit([x]);
        const expected = pf.powers.map((p) => p.reduce((v, e, j) => v * x[j]! ** e, 1));
        expect(pf.transform([x])[0]).toEqual(expected);
      }),
    );
  });
});
