import { describe, expect, it } from 'vitest';
import { eigSym, powerIteration } from '../src/eigen.ts';

describe('eigen', () => {
  it('returns eigenvalues in descending order', () => {
    const { values } = eigSym([[2, 1], [1, 2]]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
  });
  it('returns unit eigenvectors as rows', () => {
    const { vectors } = eigSym([[2, 1], [1, 2]]);
    const v = vectors[0]!;
    expect(Math.abs(v[0]!)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(v[0]! * v[1]!).toBeGreaterThan(0); // same sign: the direction (1, 1)
  });
  it('finds the dominant eigenvalue by power iteration', () => {
    expect(powerIteration([[4, 1], [2, 3]]).value).toBeCloseTo(5, 9);
  });
});
