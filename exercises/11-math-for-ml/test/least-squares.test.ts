import { describe, expect, it } from 'vitest';
import { lstsq } from '../src/least-squares.ts';

describe('lstsq', () => {
  it('fits y = 1 + 2x exactly', () => {
    const [b, m] = lstsq([[1, 0], [1, 1], [1, 2]], [1, 3, 5]);
    expect(b).toBeCloseTo(1, 12);
    expect(m).toBeCloseTo(2, 12);
  });
  it('returns the minimum-norm solution of an underdetermined system', () => {
    const x = lstsq([[1, 1]], [2]);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(1, 12);
  });
});
