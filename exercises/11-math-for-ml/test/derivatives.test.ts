import { describe, expect, it } from 'vitest';
import { jacobian, numGrad } from '../src/derivatives.ts';

describe('derivatives', () => {
  it('approximates a gradient', () => {
    const [gx, gy] = numGrad(([x, y]) => x! * x! + 3 * x! * y!, [1, 2]);
    expect(gx).toBeCloseTo(8, 6);
    expect(gy).toBeCloseTo(3, 6);
  });
  it('approximates a Jacobian (one row per output)', () => {
    const J = jacobian(([x, y]) => [x! * y!, x! + y!], [2, 3]);
    expect(J[0]![0]).toBeCloseTo(3, 6);
    expect(J[0]![1]).toBeCloseTo(2, 6);
    expect(J[1]![0]).toBeCloseTo(1, 6);
  });
});
