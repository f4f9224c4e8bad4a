import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAucScore, rocCurve } from '@impl/14-model-evaluation/roc';
import { expectClose, expectThrows, golden } from './_kit.ts';

type Label = number | string;
interface Curve {
  yTrue: Label[];
  scores: number[];
  posLabel?: Label;
  dropIntermediate?: boolean;
  fpr: number[];
  tpr: number[];
  thresholds: number[];
}
const g = golden<{
  curves: Curve[];
  oneClass: Curve[];
  auc: { yTrue: Label[]; scores: number[]; auc: number }[];
  errors: { yTrue: Label[]; scores: number[]; raises: boolean }[];
}>('roc');

function checkCurve(c: Curve, options: { posLabel?: Label; dropIntermediate?: boolean }): void {
  const r = rocCurve(c.yTrue, c.scores, options);
  expectClose([r.fpr, r.tpr, r.thresholds], [c.fpr, c.tpr, c.thresholds], 1e-12, { ...c, fpr: undefined, tpr: undefined, thresholds: undefined });
}

/** Mann–Whitney: P(score of a positive > score of a negative), ties counting one half. */
function mannWhitney(yTrue: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  yTrue.forEach((t, i) => {
    if (t !== 1) return;
    yTrue.forEach((u, j) => {
      if (u !== 0) return;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('rocCurve', () => {
  it('starts at (0, 0) with threshold Infinity and ends at (1, 1)', () => {
    const r = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(r.thresholds[0]).toBe(Infinity);
    expect([r.fpr[0], r.tpr[0]]).toEqual([0, 0]);
    expect([r.fpr.at(-1), r.tpr.at(-1)]).toEqual([1, 1]);
  });
  it('matches sklearn.metrics.roc_curve with dropIntermediate (the default)', () => {
    for (const c of g.curves.filter((c) => c.dropIntermediate)) {
      checkCurve(c, c.posLabel !== undefined ? { posLabel: c.posLabel } : {});
    }
  });
  it('matches sklearn.metrics.roc_curve with dropIntermediate: false (every distinct score)', () => {
    for (const c of g.curves.filter((c) => !c.dropIntermediate)) {
      checkCurve(c, { dropIntermediate: false, ...(c.posLabel !== undefined ? { posLabel: c.posLabel } : {}) });
    }
  });
  it('makes one step of a run of tied scores', () => {
    const r = rocCurve([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]);
    expectClose([r.fpr, r.tpr, r.thresholds], [[0, 1], [0, 1], [Infinity, 0.5]], 0, 'four tied scores');
  });
  it('gives NaN rates for a class that never occurs (sklearn)', () => {
    for (const c of g.oneClass) checkCurve(c, {});
  });
  it('throws without posLabel when the labels are not {0, 1} or {-1, 1} (sklearn)', () => {
    for (const e of g.errors) {
      expect(e.raises).toBe(true);
      expectThrows(() => rocCurve(e.yTrue, e.scores), e);
    }
  });
  it('does not modify its inputs', () => {
    const y = [1, 0, 1, 0];
    const s = [0.3, 0.9, 0.1, 0.5];
    rocCurve(y, s);
    expect([y, s]).toEqual([
      [1, 0, 1, 0],
      [0.3, 0.9, 0.1, 0.5],
    ]);
  });
});

describe('rocAucScore', () => {
  it('matches sklearn.metrics.roc_auc_score, and is NaN when yTrue has one class', () => {
    for (const c of g.auc) expectClose(rocAucScore(c.yTrue, c.scores), c.auc, 1e-12, c);
  });
  it('equals the Mann–Whitney probability, ties counting one half', () => {
    const arb = fc
      .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 6 })), { minLength: 2, maxLength: 40 })
      .filter((rows) => rows.some((r) => r[0] === 1) && rows.some((r) => r[0] === 0));
    fc.assert(
      fc.property(arb, (rows) => {
        const yTrue = rows.map((r) => r[0]);
        const scores = rows.map((r) => r[1] / 4);
        expectClose(rocAucScore(yTrue, scores), mannWhitney(yTrue, scores), 1e-12, { yTrue, scores });
      }),
    );
  });
});
