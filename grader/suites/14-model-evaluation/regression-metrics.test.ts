import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanAbsoluteError, meanSquaredError, r2Score, rootMeanSquaredError } from '@impl/14-model-evaluation/regression-metrics';
import { expectClose, golden } from './_kit.ts';

type Target = number[] | number[][];
interface Case {
  name: string;
  yTrue: Target;
  yPred: Target;
  mse: number;
  rmse: number;
  mae: number;
  r2: number;
  r2NotFinite: number;
  mseRaw?: number[];
  rmseRaw?: number[];
  maeRaw?: number[];
  r2Raw?: number[];
  r2VarianceWeighted?: number;
  r2RawNotFinite?: number[];
}
const g = golden<{ cases: Case[]; single: { yTrue: number[]; yPred: number[]; r2: number } }>('regression-metrics');
const multi = g.cases.filter((c) => c.mseRaw);
const ctx = (c: Case) => ({ name: c.name, yTrue: c.yTrue, yPred: c.yPred });

describe('regression metrics', () => {
  it('meanSquaredError and meanAbsoluteError match sklearn, vectors and multi-output', () => {
    for (const c of g.cases) {
      expectClose(meanSquaredError(c.yTrue, c.yPred), c.mse, 1e-12, ctx(c));
      expectClose(meanAbsoluteError(c.yTrue, c.yPred), c.mae, 1e-12, ctx(c));
    }
  });
  it("returns one error per output with multioutput: 'raw_values' (sklearn)", () => {
    for (const c of multi) {
      expectClose(meanSquaredError(c.yTrue, c.yPred, { multioutput: 'raw_values' }), c.mseRaw!, 1e-12, ctx(c));
      expectClose(meanAbsoluteError(c.yTrue, c.yPred, { multioutput: 'raw_values' }), c.maeRaw!, 1e-12, ctx(c));
      expectClose(rootMeanSquaredError(c.yTrue, c.yPred, { multioutput: 'raw_values' }), c.rmseRaw!, 1e-12, ctx(c));
      expectClose(r2Score(c.yTrue, c.yPred, { multioutput: 'raw_values' }), c.r2Raw!, 1e-12, ctx(c));
    }
  });
  it('rootMeanSquaredError matches sklearn: the mean of per-output RMSEs for several outputs', () => {
    for (const c of g.cases) expectClose(rootMeanSquaredError(c.yTrue, c.yPred), c.rmse, 1e-12, ctx(c));
  });
  it('r2Score matches sklearn, including a constant truth (1 if predicted exactly, else 0)', () => {
    for (const c of g.cases) expectClose(r2Score(c.yTrue, c.yPred), c.r2, 1e-12, ctx(c));
  });
  it('r2Score with forceFinite: false gives NaN or -Infinity for a constant truth (sklearn)', () => {
    for (const c of g.cases) {
      expectClose(r2Score(c.yTrue, c.yPred, { forceFinite: false }), c.r2NotFinite, 1e-12, ctx(c));
      if (c.r2RawNotFinite) {
        expectClose(r2Score(c.yTrue, c.yPred, { forceFinite: false, multioutput: 'raw_values' }), c.r2RawNotFinite, 1e-12, ctx(c));
      }
    }
  });
  it("r2Score with multioutput: 'variance_weighted' matches sklearn", () => {
    for (const c of multi) expectClose(r2Score(c.yTrue, c.yPred, { multioutput: 'variance_weighted' }), c.r2VarianceWeighted!, 1e-12, ctx(c));
  });
  it('r2Score is NaN for fewer than two samples (sklearn)', () => {
    expect(g.single.r2).toBeNaN();
    expect(r2Score(g.single.yTrue, g.single.yPred)).toBeNaN();
  });
  it('r2Score equals 1 - MSE / variance of the truth on random vectors', () => {
    const arb = fc
      .array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 2, maxLength: 30 })
      .filter((rows) => new Set(rows.map((r) => r[0])).size > 1);
    fc.assert(
      fc.property(arb, (rows) => {
        const yTrue = rows.map((r) => r[0]);
        const yPred = rows.map((r) => r[1]);
        const m = yTrue.reduce((s, v) => s + v, 0) / yTrue.length;
        const variance = yTrue.reduce((s, v) => s + (v - m) ** 2, 0) / yTrue.length;
        const mse = yTrue.reduce((s, v, i) => s + (v - yPred[i]!) ** 2, 0) / yTrue.length;
        expectClose(r2Score(yTrue, yPred), 1 - mse / variance, 1e-9, { yTrue, yPred });
      }),
    );
  });
});
