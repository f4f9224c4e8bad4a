import { describe, expect, it } from 'vitest';
import { quickselect } from '../src/quickselect.ts';

describe('quickselect', () => {
  it('finds the k-th smallest, counting from 0', () => {
    expect(quickselect([7, 1, 5, 3], 0)).toBe(1);
    expect(quickselect([7, 1, 5, 3], 2)).toBe(5);
  });
  it('follows a comparator: k = 0 with a descending order is the maximum', () => {
    expect(quickselect([7, 1, 5, 3], 0, (x, y) => y - x)).toBe(7);
  });
  it('rejects k outside the array', () => {
    expect(() => quickselect([1, 2], 2)).toThrow(RangeError);
  });
});
