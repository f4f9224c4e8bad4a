import { describe, expect, it } from 'vitest';
import { rank } from '../src/rank.ts';

describe('rank', () => {
  it('shares the average rank among ties by default', () => {
    expect(rank([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });
  it('gives tied values the lowest rank of the run with min, and no gaps with dense', () => {
    expect(rank([10, 20, 20, 30], 'min')).toEqual([1, 2, 2, 4]);
    expect(rank([10, 20, 20, 30], 'dense')).toEqual([1, 2, 2, 3]);
  });
  it('keeps missing values unranked (NaN)', () => {
    expect(rank([3, null, 1])).toEqual([2, NaN, 1]);
  });
});
