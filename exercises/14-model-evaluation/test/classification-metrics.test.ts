import { describe, expect, it } from 'vitest';
import { accuracyScore, f1Score, precisionScore, recallScore } from '../src/classification-metrics.ts';

const yTrue = [0, 1, 1, 0, 1];
const yPred = [1, 1, 0, 0, 1];

describe('classification metrics', () => {
  it('accuracy is the fraction of exact matches', () => {
    expect(accuracyScore(yTrue, yPred)).toBeCloseTo(3 / 5, 12);
  });
  it('binary precision and recall score the label 1', () => {
    expect(precisionScore(yTrue, yPred)).toBeCloseTo(2 / 3, 12);
    expect(recallScore(yTrue, yPred)).toBeCloseTo(2 / 3, 12);
  });
  it('average null gives one F1 per label', () => {
    const f = f1Score(['a', 'b', 'b'], ['a', 'a', 'b'], { average: null });
    expect(f[0]).toBeCloseTo(2 / 3, 12);
    expect(f[1]).toBeCloseTo(2 / 3, 12);
  });
});
