import { describe, expect, it } from 'vitest';
import { Ridge } from '../src/ridge.ts';

describe('Ridge', () => {
  it('shrinks the slope towards 0 but not the intercept', () => {
    // One feature, centred x = [-1, 0, 1], y = 10 + x: the ridge slope is Σxy / (Σx² + α) = 2 / (2 + 2).
    const m = new Ridge({ alpha: 2 }).fit([[-1], [0], [1]], [9, 10, 11]);
    expect(m.coef[0]).toBeCloseTo(0.5, 12);
    expect(m.intercept).toBeCloseTo(10, 12);
  });
  it('equals least squares for alpha = 0', () => {
    const m = new Ridge({ alpha: 0 }).fit([[0], [1], [2]], [1, 3, 5]);
    expect(m.coef[0]).toBeCloseTo(2, 12);
  });
});
