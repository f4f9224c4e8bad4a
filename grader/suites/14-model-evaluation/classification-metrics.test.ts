import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accuracyScore,
  f1Score,
  fbetaScore,
  precisionRecallFscoreSupport,
  precisionScore,
  recallScore,
} from '@impl/14-model-evaluation/classification-metrics';
import { expectClose, expectThrows, golden } from './_kit.ts';

type Label = number | string;
type Average = 'binary' | 'micro' | 'macro' | 'weighted' | null;
interface Combo {
  average: Average;
  zeroDivision: number;
  beta: number;
  labels?: Label[];
  posLabel?: Label;
  precision?: number | number[];
  recall?: number | number[];
  fscore?: number | number[];
  support?: number[] | null;
  raises?: boolean;
}
interface Case {
  yTrue: Label[];
  yPred: Label[];
  accuracy: number;
  correct: number;
  combos: Combo[];
}
const g = golden<{ cases: Case[] }>('classification-metrics');

const optionsOf = (c: Combo) => ({
  average: c.average,
  zeroDivision: c.zeroDivision,
  ...(c.labels ? { labels: c.labels } : {}),
  ...(c.posLabel !== undefined ? { posLabel: c.posLabel } : {}),
});

/** Every sklearn combination selected by `keep`, checked through each public function. */
function checkAll(keep: (c: Combo) => boolean): void {
  let checked = 0;
  for (const k of g.cases) {
    for (const c of k.combos.filter((c) => !c.raises && keep(c))) {
      const ctx = { yTrue: k.yTrue, yPred: k.yPred, ...optionsOf(c), beta: c.beta };
      const opts = optionsOf(c);
      if (c.beta === 1) {
        expectClose(precisionScore(k.yTrue, k.yPred, opts), c.precision!, 1e-12, { fn: 'precisionScore', ...ctx });
        expectClose(recallScore(k.yTrue, k.yPred, opts), c.recall!, 1e-12, { fn: 'recallScore', ...ctx });
        expectClose(f1Score(k.yTrue, k.yPred, opts), c.fscore!, 1e-12, { fn: 'f1Score', ...ctx });
      }
      expectClose(fbetaScore(k.yTrue, k.yPred, { ...opts, beta: c.beta }), c.fscore!, 1e-12, { fn: 'fbetaScore', ...ctx });
      const r = precisionRecallFscoreSupport(k.yTrue, k.yPred, { ...opts, beta: c.beta });
      expectClose([r.precision, r.recall, r.fscore], [c.precision!, c.recall!, c.fscore!] as number[], 1e-12, {
        fn: 'precisionRecallFscoreSupport',
        ...ctx,
      });
      expectClose(r.support, c.support ?? null, 0, { fn: 'precisionRecallFscoreSupport (support)', ...ctx });
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
}

describe('accuracyScore', () => {
  it('is the fraction of exact matches (sklearn goldens)', () => {
    for (const k of g.cases) expectClose(accuracyScore(k.yTrue, k.yPred), k.accuracy, 1e-12, k);
  });
  it('counts the matches with normalize: false', () => {
    for (const k of g.cases) expect(accuracyScore(k.yTrue, k.yPred, { normalize: false }), JSON.stringify(k)).toBe(k.correct);
  });
});

describe('precision, recall and F-scores', () => {
  it("scores one positive label by default (average 'binary', posLabel 1)", () => {
    expectClose(precisionScore([0, 1, 1, 0, 1], [1, 1, 0, 0, 1]), 2 / 3, 1e-12, 'precision, posLabel 1');
    expectClose(recallScore([0, 1, 1, 0, 1], [1, 1, 0, 0, 1]), 2 / 3, 1e-12, 'recall, posLabel 1');
    expectClose(recallScore([0, 1, 1, 0, 1], [1, 1, 0, 0, 1], { posLabel: 0 }), 1 / 2, 1e-12, 'recall, posLabel 0');
  });
  it("matches sklearn with average 'binary' and any posLabel", () => {
    checkAll((c) => c.average === 'binary' && !Number.isNaN(c.zeroDivision));
  });
  it("matches sklearn with average 'micro' (pooled counts)", () => {
    checkAll((c) => c.average === 'micro' && !Number.isNaN(c.zeroDivision));
  });
  it("matches sklearn with average 'macro' (plain mean over labels)", () => {
    checkAll((c) => c.average === 'macro' && !Number.isNaN(c.zeroDivision));
  });
  it("matches sklearn with average 'weighted' (mean weighted by support)", () => {
    checkAll((c) => c.average === 'weighted' && !Number.isNaN(c.zeroDivision));
  });
  it('returns one score per label, and the supports, with average null (sklearn)', () => {
    checkAll((c) => c.average === null && !Number.isNaN(c.zeroDivision));
  });
  it('leaves NaN (zeroDivision: NaN) entries out of the averages, as sklearn >= 1.3', () => {
    checkAll((c) => Number.isNaN(c.zeroDivision));
  });
  it('weights recall by beta in fbetaScore: beta 2 favours recall, beta 0.5 precision', () => {
    // tp = 1, fp = 0, fn = 3: precision 1, recall 1/4
    const yTrue = [1, 1, 1, 1, 0];
    const yPred = [1, 0, 0, 0, 0];
    expectClose(fbetaScore(yTrue, yPred, { beta: 2 }), (5 * 1) / (5 * 1 + 4 * 3 + 0), 1e-12, 'beta 2');
    expectClose(fbetaScore(yTrue, yPred, { beta: 0.5 }), (1.25 * 1) / (1.25 * 1 + 0.25 * 3 + 0), 1e-12, 'beta 0.5');
  });
  it("defaults precisionRecallFscoreSupport to average null, with support null once averaged", () => {
    const r = precisionRecallFscoreSupport(['a', 'b', 'b'], ['a', 'a', 'b']);
    expectClose([r.precision, r.recall, r.fscore], [[0.5, 1], [1, 0.5], [2 / 3, 2 / 3]], 1e-12, 'default average');
    expect(r.support).toEqual([1, 2]);
    expect(precisionRecallFscoreSupport(['a', 'b', 'b'], ['a', 'a', 'b'], { average: 'macro' }).support).toBeNull();
  });
  it('makes micro-averaged F1 over all labels equal to accuracy', () => {
    const label = fc.constantFrom(0, 1, 2, 3);
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 40 }), (pairs) => {
        const yTrue = pairs.map((p) => p[0]);
        const yPred = pairs.map((p) => p[1]);
        const acc = pairs.filter(([t, p]) => t === p).length / pairs.length;
        expectClose(f1Score(yTrue, yPred, { average: 'micro' }), acc, 1e-12, { yTrue, yPred });
      }),
    );
  });
  it('throws like sklearn for binary averaging of a multiclass target or an absent posLabel', () => {
    let checked = 0;
    for (const k of g.cases) {
      for (const c of k.combos.filter((c) => c.raises && c.beta === 1)) {
        const ctx = { yTrue: k.yTrue, yPred: k.yPred, ...optionsOf(c) };
        expectThrows(() => precisionScore(k.yTrue, k.yPred, optionsOf(c)), ctx);
        expectThrows(() => f1Score(k.yTrue, k.yPred, optionsOf(c)), ctx);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
