import { describe, expect, it } from 'vitest';
import { identity, matmul, transpose } from '../src/matrix-ops.ts';

describe('matrix-ops', () => {
  it('multiplies matrices', () => {
    expect(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])).toEqual([[19, 22], [43, 50]]);
  });
  it('transposes a non-square matrix', () => {
    expect(transpose([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
  });
  it('builds the identity', () => {
    expect(identity(2)).toEqual([[1, 0], [0, 1]]);
  });
});
