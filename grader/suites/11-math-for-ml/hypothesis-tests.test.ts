import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { chiSquare, oneSampleT, twoSampleT } from '@impl/11-math-for-ml/hypothesis-tests';
import golden from './goldens/hypothesis-tests.json';
import { expectNear, show } from './_kit.ts';

// SciPy goldens. Statistics are closed forms (1e-12 relative); p-values come from incomplete
// beta/gamma functions (1e-6 relative, so tiny tail p-values must keep their precision).

function expectResult(r: { statistic: number; pValue: number }, e: { statistic: number; pValue: number }, input: string): void {
  expect(Object.keys(r).sort(), `${input}: result keys`).toEqual(['pValue', 'statistic']);
  expectNear(r.statistic, e.statistic, { rtol: 1e-12, atol: 1e-12 }, `${input}.statistic`);
  expectNear(r.pValue, e.pValue, { rtol: 1e-6, atol: 1e-300 }, `${input}.pValue`);
}

describe('oneSampleT', () => {
  it('matches scipy.stats.ttest_1samp (two-sided)', () => {
    for (const c of golden.oneSample) expectResult(oneSampleT(c.x, c.mu), c, `oneSampleT(${show(c.x)}, ${c.mu})`);
  });
  it('uses the sample standard deviation (ddof 1) and n − 1 degrees of freedom', () => {
    // [1, 2, 3] against 0: mean 2, s = 1, n = 3, so t = 2/(1/√3) = 2√3 on 2 degrees of freedom,
    // where the two-sided tail has a closed form: p = 1 − |t|/√(t² + 2).
    const r = oneSampleT([1, 2, 3], 0);
    expectNear(r.statistic, 2 * Math.sqrt(3), { rtol: 1e-12 }, 'oneSampleT([1,2,3], 0).statistic');
    expectNear(r.pValue, 1 - (2 * Math.sqrt(3)) / Math.sqrt(12 + 2), { rtol: 1e-9 }, 'oneSampleT([1,2,3], 0).pValue');
  });
});

describe('twoSampleT', () => {
  it('matches scipy.stats.ttest_ind with equal_var True and False', () => {
    for (const c of golden.twoSample) {
      expectResult(twoSampleT(c.a, c.b, { equalVar: c.equalVar }), c, `twoSampleT(${show(c.a)}, ${show(c.b)}, { equalVar: ${c.equalVar} })`);
    }
  });
  it('pools the variances by default, like SciPy: the statistic equals simple-statistics tTestTwoSample', () => {
    for (const c of golden.twoSample.filter((t) => t.equalVar)) {
      const r = twoSampleT(c.a, c.b);
      expectNear(r.statistic, ss.tTestTwoSample(c.a, c.b, 0)!, { rtol: 1e-12 }, `twoSampleT(${show(c.a)}, ${show(c.b)}).statistic`);
      expectNear(r.pValue, c.pValue, { rtol: 1e-6 }, `twoSampleT(${show(c.a)}, ${show(c.b)}).pValue`);
    }
  });
  it('is antisymmetric: swapping the samples negates t and keeps p', () => {
    const c = golden.twoSample[2]!;
    for (const equalVar of [true, false]) {
      const ab = twoSampleT(c.a, c.b, { equalVar });
      const ba = twoSampleT(c.b, c.a, { equalVar });
      expectNear(ba.statistic, -ab.statistic, { rtol: 1e-12 }, `statistic with the samples swapped (equalVar ${equalVar})`);
      expectNear(ba.pValue, ab.pValue, { rtol: 1e-12 }, `pValue with the samples swapped (equalVar ${equalVar})`);
    }
  });
});

describe('chiSquare', () => {
  it('matches scipy.stats.chisquare, with and without expected counts', () => {
    for (const c of golden.chiSquare) {
      expectResult(chiSquare(c.observed, c.expected ?? undefined), c, `chiSquare(${show(c.observed)}, ${show(c.expected)})`);
    }
  });
  it('uses k − 1 degrees of freedom (5 categories: p = e^(−χ²/2)(1 + χ²/2))', () => {
    // Uniform expectation 10: χ² = (4 + 4)/10 = 0.8; on 4 degrees of freedom the upper tail is e^(−x/2)(1 + x/2).
    const r = chiSquare([10, 10, 10, 12, 8]);
    expectNear(r.statistic, 0.8, { rtol: 1e-12 }, 'chiSquare([10,10,10,12,8]).statistic');
    expectNear(r.pValue, Math.exp(-0.4) * 1.4, { rtol: 1e-9 }, 'chiSquare([10,10,10,12,8]).pValue');
    expectNear(chiSquare([12, 8, 10, 10, 10], [10, 10, 10, 10, 10]).statistic, 0.8, { rtol: 1e-12 }, 'with explicit expected counts');
  });
  it('throws a RangeError when the totals or lengths differ', () => {
    expect(() => chiSquare([10, 20], [10, 10])).toThrow(RangeError);
    expect(() => chiSquare([10, 20], [10, 10, 10])).toThrow(RangeError);
  });
});
