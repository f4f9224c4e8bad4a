import { describe, expect, it } from 'vitest';
import { lis } from '../src/lis.ts';

describe('lis', () => {
  it('finds a longest strictly increasing subsequence', () => {
    const { length, sequence, indices } = lis([10, 9, 2, 5, 3, 7, 101, 18]);
    expect(length).toBe(4);
    expect(sequence).toHaveLength(4);
    expect(indices).toHaveLength(4);
  });
  it('does not count equal values twice', () => {
    expect(lis([7, 7, 7]).length).toBe(1);
  });
});
