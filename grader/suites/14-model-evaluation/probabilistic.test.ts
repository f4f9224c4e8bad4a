import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brierScoreLoss, logLoss } from '@impl/14-model-evaluation/probabilistic';
import { expectClose, expectThrows, golden } from './_kit.ts';

type Label = number | string;
interface LogCase {
  yTrue: Label[];
  yPred: number[] | number[][];
  eps?: number;
  labels?: Label[];
  loss: number;
  sum: number;
}
interface BrierCase {
  yTrue: Label[];
  yProb: number[];
  posLabel?: Label;
  loss: number;
}
const g = golden<{
  logLoss: LogCase[];
  logLossErrors: (LogCase & { raises: boolean })[];
  brier: BrierCase[];
  brierErrors: (BrierCase & { raises: boolean })[];
}>('probabilistic');
const logOpts = (c: LogCase) => ({ ...(c.eps !== undefined ? { eps: c.eps } : {}), ...(c.labels ? { labels: c.labels } : {}) });

describe('logLoss', () => {
  it('matches sklearn.metrics.log_loss, probabilities of 0 and 1 clipped to stay finite', () => {
    for (const c of g.logLoss) expectClose(logLoss(c.yTrue, c.yPred, logOpts(c)), c.loss, 1e-12, c);
  });
  it('returns the total instead of the mean with normalize: false (sklearn)', () => {
    for (const c of g.logLoss) expectClose(logLoss(c.yTrue, c.yPred, { ...logOpts(c), normalize: false }), c.sum, 1e-12, c);
  });
  it('is the mean of -ln p(true class) for probabilities away from 0 and 1', () => {
    const arb = fc.array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 1, max: 99 })), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(arb, (rows) => {
        const yTrue = rows.map((r) => r[0]);
        const p = rows.map((r) => r[1] / 100);
        const expected = -rows.reduce((s, [t], i) => s + Math.log(t === 1 ? p[i]! : 1 - p[i]!), 0) / rows.length;
        expectClose(logLoss(yTrue, p, { labels: [0, 1] }), expected, 1e-12, { yTrue, p });
      }),
    );
  });
  it('throws like sklearn for a single class without labels, or a column count that does not match', () => {
    for (const e of g.logLossErrors) {
      expect(e.raises).toBe(true);
      expectThrows(() => logLoss(e.yTrue, e.yPred), e);
    }
  });
});

describe('brierScoreLoss', () => {
  it('matches sklearn.metrics.brier_score_loss, including which label counts as positive', () => {
    for (const c of g.brier) {
      expectClose(brierScoreLoss(c.yTrue, c.yProb, c.posLabel !== undefined ? { posLabel: c.posLabel } : {}), c.loss, 1e-12, c);
    }
  });
  it('throws like sklearn for string labels without posLabel, three classes or values outside [0, 1]', () => {
    for (const e of g.brierErrors) {
      expect(e.raises).toBe(true);
      expectThrows(() => brierScoreLoss(e.yTrue, e.yProb), e);
    }
  });
});
