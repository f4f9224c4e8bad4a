import { describe, expect, it } from 'vitest';
import { DynamicArray } from '../src/dynamic-array.ts';

describe('DynamicArray', () => {
  it('grows by doubling', () => {
    const a = new DynamicArray<number>();
    const caps: number[] = [];
    for (let i = 0; i < 5; i++) {
      a.push(i);
      caps.push(a.capacity);
    }
    expect(caps).toEqual([1, 2, 4, 4, 8]);
  });
  it('inserts and pops like a Python list', () => {
    const a = new DynamicArray([1, 2]);
    a.insert(-1, 9);
    expect(a.toArray()).toEqual([1, 9, 2]);
    expect(a.removeAt(0)).toBe(1);
    expect(a.get(-1)).toBe(2);
  });
});
