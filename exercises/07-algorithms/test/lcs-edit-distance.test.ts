import { describe, expect, it } from 'vitest';
import { editDistance, lcs } from '../src/lcs-edit-distance.ts';

describe('lcs', () => {
  it('finds the length and a witness for strings', () => {
    const { length, sequence } = lcs('ABCBDAB', 'BDCABA');
    expect(length).toBe(4);
    expect(sequence).toHaveLength(4);
  });
  it('works on arrays too', () => {
    expect(lcs([1, 2, 3, 4], [2, 4, 3])).toEqual({ length: 2, sequence: expect.any(Array) });
  });
});

describe('editDistance', () => {
  it('turns kitten into sitting in 3 edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
