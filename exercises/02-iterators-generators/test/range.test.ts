import { describe, expect, it } from 'vitest';
import { range } from '../src/range.ts';

describe('range', () => {
  it('behaves like Python range with one, two or three arguments', () => {
    expect([...range(5)]).toEqual([0, 1, 2, 3, 4]);
    expect([...range(2, 8)]).toEqual([2, 3, 4, 5, 6, 7]);
    expect([...range(10, 0, -3)]).toEqual([10, 7, 4, 1]);
    expect([...range(0, -5)]).toEqual([]);
  });
  it('knows its length, indexes and membership without listing its values', () => {
    const r = range(0, 100, 7);
    expect(r.length).toBe(15);
    expect(r.at(-1)).toBe(98);
    expect(r.includes(49)).toBe(true);
    expect(r.includes(50)).toBe(false);
  });
  it('can be iterated twice', () => {
    const r = range(3);
    expect([...r, ...r]).toEqual([0, 1, 2, 0, 1, 2]);
  });
});
