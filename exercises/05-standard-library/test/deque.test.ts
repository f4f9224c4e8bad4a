import { describe, expect, it } from 'vitest';
import { Deque } from '../src/deque.ts';

describe('Deque', () => {
  it('rotate(2) on 1..5 gives 4, 5, 1, 2, 3', () => {
    const d = new Deque([1, 2, 3, 4, 5]);
    d.rotate(2);
    expect(d.toArray()).toEqual([4, 5, 1, 2, 3]);
  });
  it('keeps the last maxLen items', () => {
    const d = new Deque<number>([], { maxLen: 3 });
    for (let i = 0; i < 5; i++) d.append(i);
    expect(d.toArray()).toEqual([2, 3, 4]);
  });
  it('pops from both ends', () => {
    const d = new Deque([1, 2, 3]);
    expect(d.popLeft()).toBe(1);
    expect(d.pop()).toBe(3);
    expect(d.toArray()).toEqual([2]);
  });
});
