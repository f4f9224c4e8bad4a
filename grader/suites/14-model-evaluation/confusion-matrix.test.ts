import fc from 'fast-check';
import { ConfusionMatrix } from 'ml-confusion-matrix';
import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '@impl/14-model-evaluation/confusion-matrix';
import { expectClose, expectThrows, golden } from './_kit.ts';

type Label = number | string;
interface Case {
  yTrue: Label[];
  yPred: Label[];
  labels?: Label[];
  normalize?: 'true' | 'pred' | 'all';
  expected: number[][];
}
const g = golden<{ cases: Case[]; errors: (Case & { raises: boolean })[] }>('confusion-matrix');
const opts = (c: Case) => ({ ...(c.labels ? { labels: c.labels } : {}), ...(c.normalize ? { normalize: c.normalize } : {}) });

describe('confusionMatrix', () => {
  it('puts the truth on rows and the prediction on columns', () => {
    // one sample: truth 0, prediction 1 -> row 0, column 1
    expect(confusionMatrix([0, 1, 1], [1, 1, 1])).toEqual(confusionMatrixOf([0, 1, 1], [1, 1, 1], [0, 1]));
    expect(confusionMatrix([0], [1])).toEqual([
      [0, 1],
      [0, 0],
    ]);
  });

  it('orders numeric labels numerically (10 after 2), as sklearn does', () => {
    expect(confusionMatrix([2, 10, 2], [10, 10, 2])).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it('matches sklearn.metrics.confusion_matrix on generated labels (numbers and strings)', () => {
    for (const c of g.cases.filter((c) => !c.labels && !c.normalize)) {
      expectClose(confusionMatrix(c.yTrue, c.yPred), c.expected, 0, c);
    }
  });

  it('keeps the order of explicit labels, gives absent labels zero rows and ignores other labels (sklearn)', () => {
    for (const c of g.cases.filter((c) => c.labels && !c.normalize)) {
      expectClose(confusionMatrix(c.yTrue, c.yPred, opts(c)), c.expected, 0, c);
    }
  });

  it("normalizes over rows ('true'), columns ('pred') or everything ('all'), empty rows staying 0 (sklearn)", () => {
    for (const c of g.cases.filter((c) => c.normalize)) {
      expectClose(confusionMatrix(c.yTrue, c.yPred, opts(c)), c.expected, 1e-12, c);
    }
  });

  it('agrees with ml-confusion-matrix for random labels and explicit label lists', () => {
    const label = fc.constantFrom<Label>(0, 1, 2, 3, 7);
    const arb = fc
      .integer({ min: 1, max: 25 })
      .chain((n) => fc.tuple(fc.array(label, { minLength: n, maxLength: n }), fc.array(label, { minLength: n, maxLength: n })))
      .chain(([yTrue, yPred]) =>
        fc.tuple(fc.constant(yTrue), fc.constant(yPred), fc.uniqueArray(label, { maxLength: 5 })).map(([t, p, extra]) => ({
          yTrue: t,
          yPred: p,
          // sklearn needs one given label to occur in yTrue
          labels: [...new Set([t[0]!, ...extra])],
        })),
      );
    fc.assert(
      fc.property(arb, ({ yTrue, yPred, labels }) => {
        const expected = ConfusionMatrix.fromLabels(yTrue, yPred, { labels }).getMatrix();
        expect(confusionMatrix(yTrue, yPred, { labels })).toEqual(expected);
      }),
    );
  });

  it('agrees with ml-confusion-matrix on the sorted union when no labels are given', () => {
    const label = fc.constantFrom(1, 2, 5, 10, 11, 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 30 }), (pairs) => {
        const yTrue = pairs.map((p) => p[0]);
        const yPred = pairs.map((p) => p[1]);
        const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
        expect(confusionMatrix(yTrue, yPred)).toEqual(ConfusionMatrix.fromLabels(yTrue, yPred, { labels }).getMatrix());
      }),
    );
  });

  it('does not modify its inputs', () => {
    const yTrue = [3, 1, 2];
    const yPred = [1, 1, 3];
    const labels = [3, 1, 2];
    confusionMatrix(yTrue, yPred, { labels });
    expect([yTrue, yPred, labels]).toEqual([
      [3, 1, 2],
      [1, 1, 3],
      [3, 1, 2],
    ]);
  });

  it('throws like sklearn when no given label occurs in yTrue or the lengths differ', () => {
    for (const e of g.errors) {
      expect(e.raises).toBe(true);
      expectThrows(() => confusionMatrix(e.yTrue, e.yPred, opts(e)), e);
    }
  });
});

function confusionMatrixOf(yTrue: number[], yPred: number[], labels: number[]): number[][] {
  return ConfusionMatrix.fromLabels(yTrue, yPred, { labels }).getMatrix();
}
