import { describe, expect, it } from 'vitest';
import { minShipCapacity } from '../src/binary-search-answer.ts';

describe('minShipCapacity', () => {
  it('solves the LeetCode 1011 examples', () => {
    expect(minShipCapacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toBe(15);
    expect(minShipCapacity([3, 2, 2, 4, 1, 4], 3)).toBe(6);
    expect(minShipCapacity([1, 2, 3, 1, 1], 4)).toBe(3);
  });
  it('needs the whole sum in one day and the heaviest package with a day each', () => {
    expect(minShipCapacity([4, 1, 7], 1)).toBe(12);
    expect(minShipCapacity([4, 1, 7], 3)).toBe(7);
  });
});
