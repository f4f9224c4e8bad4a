import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecisionScore, precisionRecallCurve } from '@impl/14-model-evaluation/pr-curve';
import { expectClose, golden } from './_kit.ts';

type Label = number | string;
interface Case {
  yTrue: Label[];
  scores: number[];
  posLabel?: Label;
  precision: number[];
  recall: number[];
  thresholds: number[];
  ap: number;
}
const g = golden<{ cases: Case[] }>('pr-curve');
const ctx = (c: Case) => ({ yTrue: c.yTrue, scores: c.scores, posLabel: c.posLabel });

/** AP by definition: the mean, over positive samples, of the precision at that sample's score. */
function apBruteForce(yTrue: number[], scores: number[]): number {
  const positives = scores.filter((_, i) => yTrue[i] === 1);
  const precisionAt = (s: number) => {
    const above = scores.map((v, i) => [v, yTrue[i]!] as const).filter(([v]) => v >= s);
    return above.filter(([, t]) => t === 1).length / above.length;
  };
  return positives.reduce((sum, s) => sum + precisionAt(s), 0) / positives.length;
}

describe('precisionRecallCurve', () => {
  it('computes the sklearn docstring example', () => {
    const r = precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expectClose([r.precision, r.recall, r.thresholds], [[0.5, 2 / 3, 0.5, 1, 1], [1, 1, 0.5, 0.5, 0], [0.1, 0.35, 0.4, 0.8]], 1e-12, 'docstring');
  });
  it('matches sklearn.metrics.precision_recall_curve, ties and posLabel included', () => {
    for (const c of g.cases) {
      const r = precisionRecallCurve(c.yTrue, c.scores, c.posLabel !== undefined ? { posLabel: c.posLabel } : {});
      expectClose([r.precision, r.recall, r.thresholds], [c.precision, c.recall, c.thresholds], 1e-12, ctx(c));
    }
  });
  it('sets recall to 1 everywhere when there is no positive sample (sklearn)', () => {
    expect(precisionRecallCurve([0, 0, 0], [0.3, 0.1, 0.3]).recall).toEqual([1, 1, 0]);
  });
});

describe('averagePrecisionScore', () => {
  it('matches sklearn.metrics.average_precision_score (a step sum, not a trapezoid)', () => {
    for (const c of g.cases) {
      expectClose(averagePrecisionScore(c.yTrue, c.scores, c.posLabel !== undefined ? { posLabel: c.posLabel } : {}), c.ap, 1e-12, ctx(c));
    }
  });
  it('equals the mean over positives of the precision at their score', () => {
    const arb = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 40 })
      .filter((rows) => rows.some((r) => r[0] === 1));
    fc.assert(
      fc.property(arb, (rows) => {
        const yTrue = rows.map((r) => r[0]);
        const scores = rows.map((r) => r[1] / 8);
        expectClose(averagePrecisionScore(yTrue, scores), apBruteForce(yTrue, scores), 1e-12, { yTrue, scores });
      }),
    );
  });
  it('is 1 for a perfect ranking and the positive rate for all-equal scores', () => {
    expectClose(averagePrecisionScore([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8]), 1, 1e-12, 'perfect ranking');
    expectClose(averagePrecisionScore([0, 1, 0, 0], [0.5, 0.5, 0.5, 0.5]), 0.25, 1e-12, 'all tied');
  });
});
