import { describe, expect, it } from 'vitest';
import { heapSort, mergeSort, quickSort, radixSort } from '../src/sorting.ts';

describe('sorting', () => {
  it('sorts numbers numerically, not as strings', () => {
    expect(mergeSort([10, 9, 1, 100])).toEqual([1, 9, 10, 100]);
    expect(quickSort([10, 9, 1, 100])).toEqual([1, 9, 10, 100]);
    expect(heapSort([10, 9, 1, 100])).toEqual([1, 9, 10, 100]);
  });
  it('leaves the input unchanged', () => {
    const a = [3, 1, 2];
    mergeSort(a);
    expect(a).toEqual([3, 1, 2]);
  });
  it('mergeSort is stable', () => {
    const people = [{ name: 'Ann', age: 30 }, { name: 'Bob', age: 25 }, { name: 'Cy', age: 30 }];
    expect(mergeSort(people, (p, q) => p.age - q.age).map((p) => p.name)).toEqual(['Bob', 'Ann', 'Cy']);
  });
  it('radixSort sorts numbers above 2^32', () => {
    expect(radixSort([2 ** 33, 5, 2 ** 32])).toEqual([5, 2 ** 32, 2 ** 33]);
  });
});
