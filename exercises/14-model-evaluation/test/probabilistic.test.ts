import { describe, expect, it } from 'vitest';
import { brierScoreLoss, logLoss } from '../src/probabilistic.ts';

describe('probabilistic metrics', () => {
  it('log loss is the mean of -ln p(true class)', () => {
    expect(logLoss([0, 1, 1], [0.1, 0.8, 0.6])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.6)) / 3, 12);
  });
  it('a probability of 0 for the true class gives a large but finite loss', () => {
    expect(Number.isFinite(logLoss([1, 0], [0, 0.5]))).toBe(true);
  });
  it('Brier score is the mean squared error of the probabilities', () => {
    expect(brierScoreLoss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 12);
  });
});
