// @grader-budget-ms 30000
// The performance tier sorts 10^6 numbers per test with the learner's sort (and once per input
// with the built-in one): about 1 s on an idle machine, several on a loaded one, so those tests
// get a 30 s budget.
import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { countingSort, heapSort, mergeSort, quickSort, radixSort } from '@impl/07-algorithms/sorting';
import { budgetedComparator, firstDifference, holds } from './_kit.ts';

type Sort = <T>(a: readonly T[], cmp?: (x: T, y: T) => number) => T[];

const numeric = (x: number, y: number) => x - y;
const descending = (x: number, y: number) => y - x;
/** The oracle: the built-in sort (stable since ES2019) with an explicit comparator. */
const builtin = <T>(a: readonly T[], cmp: (x: T, y: T) => number): T[] => [...a].sort(cmp);

const RATIO = 25;
const FLOOR_MS = 500;
const CAP_MS = 20_000;
const N = 1_000_000;
const PERF_TIMEOUT_MS = 29_000;

/** A small call first: an unfinished sort fails here at once, and the code gets warmed up. */
function smoke(sort: (a: number[], cmp?: (x: number, y: number) => number) => number[], useComparator: boolean) {
  expect(useComparator ? sort([3, 1, 2], numeric) : sort([3, 1, 2])).toEqual([1, 2, 3]);
}

/**
 * Times `sort` on 10^6 numbers the built-in sort was timed on earlier in this run (see
 * `bigInput`). The allowance is RATIO times the built-in's time (at least FLOOR_MS, at most
 * CAP_MS so a quadratic sort fails with a message rather than hitting the time limit); the
 * learner's comparator gives up once it is spent.
 */
function expectWithinRatio(name: string, a: number[], expected: number[], builtinMs: number, sort: (a: number[], cmp?: (x: number, y: number) => number) => number[], useComparator: boolean) {
  const allowedMs = Math.min(Math.max(RATIO * builtinMs, FLOOR_MS), CAP_MS);
  let calls = 0;
  const started = performance.now();
  const watched = (x: number, y: number) => {
    if ((++calls & 0x3fff) === 0 && performance.now() - started > allowedMs) {
      throw new Error(`${name} was still sorting ${a.length} numbers after ${allowedMs.toFixed(0)} ms (${RATIO}x the built-in sort's ${builtinMs.toFixed(0)} ms)`);
    }
    return x - y;
  };
  const got = useComparator ? sort(a, watched) : sort(a);
  const ms = performance.now() - started;
  const at = firstDifference(got, expected);
  expect(at, `${name} output differs from the built-in sort at index ${at}: expected ${expected[at]}, received ${got[at]} (length ${got.length} vs ${expected.length})`).toBe(-1);
  expect(ms, `${name} took ${ms.toFixed(0)} ms; the built-in sort took ${builtinMs.toFixed(0)} ms; allowed ${allowedMs.toFixed(0)} ms (${RATIO}x, within [${FLOOR_MS}, ${CAP_MS}] ms)`).toBeLessThanOrEqual(allowedMs);
}

const bigInputs = new Map<number, { a: number[]; expected: number[]; builtinMs: number }>();

/**
 * 10^6 numbers from a fixed seed (a fresh copy each call), and the built-in sort of them with its
 * time in milliseconds, taken once per seed in this run: the sorts timed against it run in the
 * same process seconds later, under the same machine load.
 */
function bigInput(seed: number, draw: (rng: () => number) => number): { a: number[]; expected: number[]; builtinMs: number } {
  let input = bigInputs.get(seed);
  if (!input) {
    const rng = mulberry32(seed);
    const a = Array.from({ length: N }, () => draw(rng));
    const started = performance.now();
    const expected = [...a].sort(numeric);
    input = { a, expected, builtinMs: performance.now() - started };
    bigInputs.set(seed, input);
  }
  return { ...input, a: [...input.a] };
}

/**
 * Names of the sorts with a failing correctness test in this run. The performance tier, last in
 * the file, stops after its first small call while any is listed: timing a sort that is still
 * wrong tells the learner nothing, and each timing costs a sort of 10^6 numbers.
 */
const broken = new Set<string>();

/** Declares a correctness test of sort `name`, remembering when it fails. */
function correctness(name: string): (title: string, fn: () => void) => void {
  return (title, fn) =>
    it(title, () => {
      try {
        fn();
      } catch (e) {
        broken.add(name);
        throw e;
      }
    });
}

function expectAllCorrect() {
  if (broken.size > 0) {
    throw new Error(`The performance tier runs once every correctness test above passes; ${[...broken].join(', ')} still fail(s).`);
  }
}

function comparisonSortSuite(name: string, sort: Sort, stable: boolean) {
  describe(name, () => {
    const check = correctness(name);

    check('sorts numbers numerically by default, not as strings', () => {
      const a = [10, 9, 1, 100, -5, 2.5, 0, 25];
      expect(sort(a)).toEqual(builtin(a, numeric));
    });

    check('sorts strings by code unit by default, as Python compares str', () => {
      const a = ['pear', 'Pear', 'apple', 'b', 'B', '', 'apples', 'Zebra', 'äpfel'];
      expect(sort(a)).toEqual([...a].sort()); // the built-in default compares UTF-16 code units
    });

    check('returns a new array and leaves the input unchanged', () => {
      const a = [3, 1, 2, 5, 4, 1];
      const before = [...a];
      const got = sort(a);
      expect(a, 'the input array was modified').toEqual(before);
      expect(got).not.toBe(a);
      expect(got).toEqual([1, 1, 2, 3, 4, 5]);
    });

    check('handles empty and one-element arrays (still a new array)', () => {
      const empty: number[] = [];
      const one = [42];
      expect(sort(empty)).toEqual([]);
      expect(sort(one)).toEqual([42]);
      expect(sort(one)).not.toBe(one);
    });

    check('agrees with [...a].sort(cmp) on random integer arrays with duplicates', () => {
      holds(fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 120 }), (a) => {
        expect(sort(a, numeric)).toEqual(builtin(a, numeric));
      });
    });

    check('follows a custom comparator (descending)', () => {
      holds(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 80 }), (a) => {
        expect(sort(a, descending)).toEqual(builtin(a, descending));
      });
    });

    check('orders records by key and keeps every record exactly once', () => {
      holds(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 80 }), (keys) => {
        const records = keys.map((key, tag) => ({ key, tag }));
        const got = sort(records, (p, q) => p.key - q.key);
        expect(got.map((r) => r.key)).toEqual(builtin(keys, numeric));
        expect(got.map((r) => r.tag).sort(numeric)).toEqual(records.map((r) => r.tag));
      });
    });

    check('stays O(n log n) on sorted, reversed, organ-pipe and all-equal input (20 000 items)', () => {
      const n = 20_000;
      const maxCalls = 8 * n * Math.ceil(Math.log2(n));
      const inputs: [string, number[]][] = [
        ['sorted', Array.from({ length: n }, (_, i) => i)],
        ['reversed', Array.from({ length: n }, (_, i) => n - i)],
        ['organ pipe (up then down)', Array.from({ length: n }, (_, i) => Math.min(i, n - i))],
        ['all equal', new Array<number>(n).fill(7)],
        ['two values', Array.from({ length: n }, (_, i) => i % 2)],
      ];
      for (const [label, a] of inputs) {
        const got = sort(a, budgetedComparator(numeric, maxCalls, `${name} on ${label} input`));
        expect(firstDifference(got, builtin(a, numeric)), `${name} mis-sorted the ${label} input`).toBe(-1);
      }
    });

    if (stable) {
      check('is stable: records with equal keys keep their input order', () => {
        const records = [
          { key: 1, tag: 'a' },
          { key: 0, tag: 'b' },
          { key: 1, tag: 'c' },
          { key: 0, tag: 'd' },
          { key: 1, tag: 'e' },
        ];
        expect(sort(records, (p, q) => p.key - q.key).map((r) => r.tag)).toEqual(['b', 'd', 'a', 'c', 'e']);
      });

      check('is stable: matches the (stable) built-in sort on random tagged records', () => {
        holds(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 100 }), (keys) => {
          const records = keys.map((key, tag) => ({ key, tag }));
          const byKey = (p: { key: number }, q: { key: number }) => p.key - q.key;
          expect(sort(records, byKey)).toEqual(builtin(records, byKey));
        });
      });
    }
  });
}

function integerSortSuite(name: string, sort: (a: readonly number[]) => number[]) {
  describe(name, () => {
    const check = correctness(name);

    check('sorts non-negative integers ascending (numerically)', () => {
      const a = [10, 9, 1, 100, 0, 25, 9];
      expect(sort(a)).toEqual([0, 1, 9, 9, 10, 25, 100]);
    });

    check('agrees with the built-in sort on random arrays with duplicates', () => {
      holds(fc.array(fc.nat(300), { maxLength: 150 }), (a) => {
        expect(sort(a)).toEqual(builtin(a, numeric));
      });
    });

    check('returns a new array and leaves the input unchanged', () => {
      const a = [5, 3, 3, 0, 8];
      const got = sort(a);
      expect(a, 'the input array was modified').toEqual([5, 3, 3, 0, 8]);
      expect(got).not.toBe(a);
      expect(got).toEqual([0, 3, 3, 5, 8]);
    });

    check('returns [] for an empty array and [0] for [0]', () => {
      expect(sort([])).toEqual([]);
      expect(sort([0])).toEqual([0]);
    });

    check('rejects negative or fractional numbers with a RangeError', () => {
      expect(() => sort([3, -1, 2]), `${name}([3, -1, 2])`).toThrow(RangeError);
      expect(() => sort([1.5, 2]), `${name}([1.5, 2])`).toThrow(RangeError);
    });

    if (name === 'radixSort') {
      check('sorts integers around 2^31, 2^32 and up to 2^53 - 1 (no 32-bit bit operators)', () => {
        const a = [2 ** 32, 2 ** 31, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER, 0, 2 ** 32 + 1, 1, 2 ** 40 + 7, 65536, 65535];
        expect(sort(a)).toEqual(builtin(a, numeric));
      });

      check('agrees with the built-in sort on random safe integers', () => {
        holds(fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { maxLength: 60 }), (a) => {
          expect(sort(a)).toEqual(builtin(a, numeric));
        });
      });
    }
  });
}

comparisonSortSuite('mergeSort', mergeSort, true);
comparisonSortSuite('quickSort', quickSort, false);
comparisonSortSuite('heapSort', heapSort, false);
integerSortSuite('countingSort', countingSort);
integerSortSuite('radixSort', radixSort);

describe('performance tier', () => {
  const timed: [string, Sort][] = [
    ['mergeSort', mergeSort],
    ['quickSort', quickSort],
    ['heapSort', heapSort],
  ];
  for (const [name, sort] of timed) {
    it(`${name} sorts 10^6 random numbers within ${RATIO}x the time of the built-in sort`, () => {
      smoke(sort, true);
      expectAllCorrect();
      const { a, expected, builtinMs } = bigInput(20261130, (rng) => Math.floor(rng() * 1e9));
      expectWithinRatio(name, a, expected, builtinMs, sort, true);
    }, PERF_TIMEOUT_MS);
  }

  it(`countingSort and radixSort each sort 10^6 integers below 2^20 within ${RATIO}x the time of the built-in sort`, () => {
    smoke(countingSort, false);
    smoke(radixSort, false);
    expectAllCorrect();
    const { a, expected, builtinMs } = bigInput(11, (rng) => Math.floor(rng() * 2 ** 20));
    expectWithinRatio('countingSort', a, expected, builtinMs, countingSort, false);
    expectWithinRatio('radixSort', a, expected, builtinMs, radixSort, false);
  }, PERF_TIMEOUT_MS);
});
