import { describe, expect, it } from 'vitest';
import { knapsack01 } from '../src/knapsack.ts';

describe('knapsack01', () => {
  it('picks the best set, not the best ratio', () => {
    const items = [{ weight: 1, value: 1 }, { weight: 3, value: 4 }, { weight: 4, value: 5 }, { weight: 5, value: 7 }];
    expect(knapsack01(items, 7)).toEqual({ value: 9, chosen: [1, 2] });
  });
  it('takes each item at most once', () => {
    expect(knapsack01([{ weight: 1, value: 10 }], 5)).toEqual({ value: 10, chosen: [0] });
  });
});
