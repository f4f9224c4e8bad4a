import { describe, expect, it } from 'vitest';
import { averagePrecisionScore, precisionRecallCurve } from '../src/pr-curve.ts';

describe('pr-curve', () => {
  it('computes the precision-recall curve of the sklearn docstring example', () => {
    const r = precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(r.recall).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(r.thresholds).toEqual([0.1, 0.35, 0.4, 0.8]);
    expect(r.precision[1]).toBeCloseTo(2 / 3, 12);
  });
  it('sums recall steps times precision for average precision', () => {
    // steps: recall 0 -> 0.5 at precision 1, 0.5 -> 1 at precision 2/3
    expect(averagePrecisionScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 12);
  });
});
