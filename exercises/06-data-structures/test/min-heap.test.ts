import { describe, expect, it } from 'vitest';
import { MinHeap, nSmallest } from '../src/min-heap.ts';

describe('MinHeap', () => {
  it('heapify gives heapq\'s layout', () => {
    expect(MinHeap.heapify([5, 3, 8, 1]).toArray()).toEqual([1, 3, 8, 5]);
  });
  it('pops in sorted order', () => {
    const h = MinHeap.heapify([4, 1, 3, 2]);
    expect([h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([1, 2, 3, 4]);
  });
  it('nSmallest', () => {
    expect(nSmallest(2, [5, 1, 4, 2])).toEqual([1, 2]);
  });
});
