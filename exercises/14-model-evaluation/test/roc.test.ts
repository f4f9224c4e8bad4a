import { describe, expect, it } from 'vitest';
import { rocAucScore, rocCurve } from '../src/roc.ts';

describe('roc', () => {
  it('computes the ROC curve of the sklearn docstring example', () => {
    const r = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(r.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(r.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(r.thresholds).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
  });
  it('computes the area under it', () => {
    expect(rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
  });
});
