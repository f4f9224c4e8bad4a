import { describe, expect, it } from 'vitest';
import { NDArray } from '../src/ndarray.ts';

describe('ndarray', () => {
  it('reads the shape and row-major strides (in elements) from nested lists', () => {
    const a = NDArray.from([[1, 2, 3], [4, 5, 6]]);
    expect(a.shape).toEqual([2, 3]);
    expect(a.strides).toEqual([3, 1]); // NumPy: (24, 8) bytes for float64
  });
  it('broadcasts a row across every row: a + [10, 20, 30]', () => {
    const a = NDArray.from([[1, 2, 3], [4, 5, 6]]);
    expect(a.add(NDArray.from([10, 20, 30])).toArray()).toEqual([[11, 22, 33], [14, 25, 36]]);
  });
  it('reshapes with one inferred dimension', () => {
    expect(NDArray.from([1, 2, 3, 4, 5, 6]).reshape(3, -1).toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
  });
});
