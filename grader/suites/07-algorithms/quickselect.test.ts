import fc from 'fast-check';
import { mulberry32, randInts } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { quickselect } from '@impl/07-algorithms/quickselect';
import { budgetedComparator, holds } from './_kit.ts';

const numeric = (x: number, y: number) => x - y;
/** The oracle: sort a copy with the built-in sort and index it. */
const sortedAt = <T>(a: readonly T[], k: number, cmp: (x: T, y: T) => number): T => [...a].sort(cmp)[k]!;

const arrayAndK = fc
  .array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 100 })
  .chain((a) => fc.tuple(fc.constant(a), fc.nat(a.length - 1)));

describe('quickselect', () => {
  it('returns the k-th smallest element, counting from 0, like sorted(a)[k]', () => {
    const a = [9, 2, 7, 4, 4, 1, 8];
    for (let k = 0; k < a.length; k++) expect(quickselect(a, k), `quickselect(${JSON.stringify(a)}, ${k})`).toBe(sortedAt(a, k, numeric));
  });

  it('agrees with sorted(a)[k] on random arrays with duplicates', () => {
    holds(arrayAndK, ([a, k]) => {
      expect(quickselect(a, k)).toBe(sortedAt(a, k, numeric));
    });
  });

  it('follows a custom comparator (k-th largest with a descending one)', () => {
    holds(arrayAndK, ([a, k]) => {
      const descending = (x: number, y: number) => y - x;
      expect(quickselect(a, k, descending)).toBe(sortedAt(a, k, descending));
    });
  });

  it('compares numbers numerically by default, not as strings', () => {
    expect(quickselect([10, 9, 100, 1], 1)).toBe(9);
  });

  it('selects records by key and returns one of the input records', () => {
    const records = [{ name: 'd', age: 41 }, { name: 'a', age: 19 }, { name: 'c', age: 33 }, { name: 'b', age: 25 }];
    const got = quickselect(records, 2, (p, q) => p.age - q.age);
    expect(got).toBe(records[2]); // the record itself, not a copy
  });

  it('leaves the input array unchanged', () => {
    holds(arrayAndK, ([a, k]) => {
      const before = [...a];
      quickselect(a, k);
      expect(a, 'the input array was modified').toEqual(before);
    });
  });

  it('works on a single element and on all-equal arrays', () => {
    expect(quickselect([5], 0)).toBe(5);
    expect(quickselect([3, 3, 3, 3], 2)).toBe(3);
  });

  it('throws a RangeError when k is negative, fractional or not below the length', () => {
    expect(() => quickselect([1, 2, 3], 3), 'k = length').toThrow(RangeError);
    expect(() => quickselect([1, 2, 3], -1), 'k = -1').toThrow(RangeError);
    expect(() => quickselect([1, 2, 3], 1.5), 'k = 1.5').toThrow(RangeError);
    expect(() => quickselect([], 0), 'empty array').toThrow(RangeError);
  });

  it('makes O(n) comparisons on random, sorted, reversed, organ-pipe and all-equal input (10^5 items)', () => {
    const n = 100_000;
    const maxCalls = 30 * n;
    const inputs: [string, number[]][] = [
      ['random', randInts(mulberry32(5), n, 0, 1e9)],
      ['sorted', Array.from({ length: n }, (_, i) => i)],
      ['reversed', Array.from({ length: n }, (_, i) => n - i)],
      ['organ pipe (up then down)', Array.from({ length: n }, (_, i) => Math.min(i, n - i))],
      ['all equal', new Array<number>(n).fill(7)],
      ['few distinct values', randInts(mulberry32(6), n, 0, 3)],
    ];
    for (const [label, a] of inputs) {
      const sorted = [...a].sort(numeric);
      for (const k of [0, n >>> 1, n - 1]) {
        const what = `quickselect(${label} input, k = ${k})`;
        expect(quickselect(a, k, budgetedComparator(numeric, maxCalls, what, 'O(n)')), what).toBe(sorted[k]);
      }
    }
  });
});
