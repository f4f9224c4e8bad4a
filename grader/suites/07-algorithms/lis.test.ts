import fc from 'fast-check';
import { mulberry32, randInts } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { lis } from '@impl/07-algorithms/lis';
import { budgetedArray, holds, show } from './_kit.ts';

/** The O(n^2) dynamic program: best[i] = longest strictly increasing subsequence ending at i. */
function quadraticLength(a: readonly number[]): number {
  const best = a.map(() => 1);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < i; j++) if (a[j]! < a[i]! && best[j]! + 1 > best[i]!) best[i] = best[j]! + 1;
  return best.reduce((m, x) => Math.max(m, x), 0);
}

/** The answer is consistent: the indices ascend, the values at them strictly increase. */
function expectWitness(a: readonly number[], got: { length: number; sequence: number[]; indices: number[] }, length: number) {
  const call = `lis(${show(a)}) = ${show(got)}`;
  expect(got.length, `${call}: length`).toBe(length);
  expect(got.indices.length, `${call}: indices must hold \`length\` positions`).toBe(length);
  expect(got.sequence, `${call}: sequence must be the values of a at indices`).toEqual(got.indices.map((i) => a[i]));
  for (let k = 0; k < got.indices.length; k++) {
    const i = got.indices[k]!;
    expect(Number.isInteger(i) && i >= 0 && i < a.length, `${call}: indices[${k}] = ${i} is not a position of a`).toBe(true);
    if (k > 0) {
      expect(i > got.indices[k - 1]!, `${call}: indices must ascend (indices[${k - 1}] = ${got.indices[k - 1]}, indices[${k}] = ${i})`).toBe(true);
      expect(a[i]! > a[got.indices[k - 1]!]!, `${call}: values must strictly increase at indices[${k - 1}], indices[${k}]`).toBe(true);
    }
  }
}

describe('lis', () => {
  it('finds length 4 in [10, 9, 2, 5, 3, 7, 101, 18] (LeetCode 300) with a valid witness', () => {
    const a = [10, 9, 2, 5, 3, 7, 101, 18];
    expectWitness(a, lis(a), 4);
  });

  it('is strict: repeated values count once', () => {
    expectWitness([7, 7, 7, 7], lis([7, 7, 7, 7]), 1);
    expectWitness([0, 1, 0, 3, 2, 3], lis([0, 1, 0, 3, 2, 3]), 4);
    expectWitness([1, 2, 2, 3], lis([1, 2, 2, 3]), 3);
  });

  it('returns an empty answer for an empty array', () => {
    expect(lis([])).toEqual({ length: 0, sequence: [], indices: [] });
  });

  it('returns a real subsequence, not the tails array: [3, 4, 1] gives [3, 4]', () => {
    expect(lis([3, 4, 1])).toEqual({ length: 2, sequence: [3, 4], indices: [0, 1] });
  });

  it('matches the O(n^2) dynamic program on random arrays with duplicates', () => {
    holds(fc.array(fc.integer({ min: -15, max: 15 }), { maxLength: 60 }), (a) => {
      expectWitness(a, lis(a), quadraticLength(a));
    });
  });

  it('matches the O(n^2) dynamic program on random doubles', () => {
    holds(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }), { maxLength: 60 }), (a) => {
      expectWitness(a, lis(a), quadraticLength(a));
    });
  });

  it('leaves the input unchanged', () => {
    const a = [5, 1, 4, 2, 3];
    lis(a);
    expect(a).toEqual([5, 1, 4, 2, 3]);
  });

  it('reads the input O(n log n) times on 20 000 elements (no O(n^2) scan)', () => {
    const n = 20_000;
    const maxReads = 4 * n * Math.ceil(Math.log2(n));
    const inputs: [string, number[]][] = [
      ['random', randInts(mulberry32(9), n, 0, 1e6)],
      ['increasing', Array.from({ length: n }, (_, i) => i)],
      ['decreasing', Array.from({ length: n }, (_, i) => n - i)],
      ['all equal', new Array<number>(n).fill(3)],
    ];
    for (const [label, a] of inputs) {
      const got = lis(budgetedArray(a, maxReads, `lis on ${label} input`));
      expect(got.indices.length, `lis on ${label} input: indices`).toBe(got.length);
      for (let k = 1; k < got.indices.length; k++) {
        if (!(got.indices[k]! > got.indices[k - 1]! && a[got.indices[k]!]! > a[got.indices[k - 1]!]!)) {
          expect.fail(`lis on ${label} input: not increasing at indices[${k - 1}], indices[${k}]`);
        }
      }
      if (label === 'increasing') expect(got.length).toBe(n);
      if (label === 'decreasing' || label === 'all equal') expect(got.length).toBe(1);
    }
  });
});
