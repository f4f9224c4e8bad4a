import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bisectLeft, bisectRight } from '@impl/07-algorithms/bisect';

const linearLeft = (a: number[], x: number, lo: number, hi: number) => {
  let i = lo;
  while (i < hi && a[i]! < x) i++;
  return i;
};
const linearRight = (a: number[], x: number, lo: number, hi: number) => {
  let i = lo;
  while (i < hi && a[i]! <= x) i++;
  return i;
};

const sortedWithBounds = fc
  .array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 })
  .map((a) => [...a].sort((p, q) => p - q))
  .chain((a) =>
    fc.tuple(fc.constant(a), fc.integer({ min: -25, max: 25 }), fc.nat(a.length), fc.nat(a.length)).map(([arr, x, i, j]) => ({
      a: arr,
      x,
      lo: Math.min(i, j),
      hi: Math.max(i, j),
    })),
  );

describe('bisectLeft', () => {
  it('returns 0 on an empty array', () => {
    expect(bisectLeft([], 5)).toBe(0);
  });
  it('lands before a run of equal elements', () => {
    expect(bisectLeft([1, 2, 2, 2, 3], 2)).toBe(1);
  });
  it('returns the length when x is greater than every element', () => {
    expect(bisectLeft([1, 2, 3], 9)).toBe(3);
  });
  it('agrees with a linear scan on random sorted arrays and bounds', () => {
    fc.assert(fc.property(sortedWithBounds, ({ a, x, lo, hi }) => bisectLeft(a, x, lo, hi) === linearLeft(a, x, lo, hi)));
  });
  it('compares key(item) with x when a key is given', () => {
    const people = [{ age: 20 }, { age: 30 }, { age: 30 }, { age: 45 }];
    expect(bisectLeft(people, 30, 0, people.length, (p) => p.age)).toBe(1);
  });
});

describe('bisectRight', () => {
  it('lands after a run of equal elements', () => {
    expect(bisectRight([1, 2, 2, 2, 3], 2)).toBe(4);
  });
  it('agrees with a linear scan on random sorted arrays and bounds', () => {
    fc.assert(fc.property(sortedWithBounds, ({ a, x, lo, hi }) => bisectRight(a, x, lo, hi) === linearRight(a, x, lo, hi)));
  });
  it('compares key(item) with x when a key is given', () => {
    const words = ['a', 'bb', 'cc', 'ddd'];
    expect(bisectRight(words, 2, 0, words.length, (w) => w.length)).toBe(3);
  });
  it('does not search outside [lo, hi)', () => {
    expect(bisectRight([0, 0, 0, 0, 0], 0, 1, 3)).toBe(3);
  });
});
