import { describe, expect, it } from 'vitest';
import { diagnose, translateTrainSizes } from '../src/learning-curve.ts';

describe('learning curve', () => {
  it('turns fractions into floored sizes of the largest train set', () => {
    expect(translateTrainSizes([0.1, 0.5, 1], 32)).toEqual([3, 16, 32]);
  });
  it('diagnoses a large train-test gap as high variance', () => {
    expect(diagnose({ trainScores: [[0.99, 0.97]], testScores: [[0.6, 0.7]] }, { target: 0.9 })).toBe('high-variance');
  });
});
