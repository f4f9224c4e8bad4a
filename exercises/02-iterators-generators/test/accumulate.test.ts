import { describe, expect, it } from 'vitest';
import { accumulate, batched, pairwise } from '../src/accumulate.ts';

describe('accumulate, pairwise, batched', () => {
  it('accumulate gives running totals, optionally from an initial value', () => {
    expect([...accumulate([1, 2, 3, 4, 5])]).toEqual([1, 3, 6, 10, 15]);
    expect([...accumulate([1, 2, 3], (a, b) => a * b)]).toEqual([1, 2, 6]);
    expect([...accumulate([1, 2, 3], undefined, 100)]).toEqual([100, 101, 103, 106]);
  });
  it('pairwise and batched', () => {
    expect([...pairwise('ABCD')].map((p) => p.join(''))).toEqual(['AB', 'BC', 'CD']);
    expect([...batched('ABCDEFG', 3)].map((b) => b.join(''))).toEqual(['ABC', 'DEF', 'G']);
  });
});
