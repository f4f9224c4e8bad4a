import fc from 'fast-check';
import { mulberry32, randInt } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { knapsack01 } from '@impl/07-algorithms/knapsack';
import { holds, show } from './_kit.ts';

type Item = { weight: number; value: number };

/** Brute force: every subset of the items (2^n), the best value that fits. */
function bruteForce(items: Item[], capacity: number): number {
  const n = items.length;
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let weight = 0;
    let value = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        weight += items[i]!.weight;
        value += items[i]!.value;
      }
    }
    if (weight <= capacity && value > best) best = value;
  }
  return best;
}

/** `chosen` is a valid answer: ascending distinct indices whose items fit and add up to `value`. */
function expectConsistent(items: Item[], capacity: number, got: { value: number; chosen: number[] }) {
  const call = `knapsack01(${show(items)}, ${capacity}) = ${show(got)}`;
  const { chosen } = got;
  expect(Array.isArray(chosen), `${call}: chosen must be an array of indices`).toBe(true);
  for (let k = 0; k < chosen.length; k++) {
    expect(Number.isInteger(chosen[k]) && chosen[k]! >= 0 && chosen[k]! < items.length, `${call}: chosen[${k}] is not an item index`).toBe(true);
    if (k > 0) expect(chosen[k]! > chosen[k - 1]!, `${call}: chosen must be ascending, without repeats`).toBe(true);
  }
  const weight = chosen.reduce((s, i) => s + items[i]!.weight, 0);
  const value = chosen.reduce((s, i) => s + items[i]!.value, 0);
  expect(weight, `${call}: the chosen items weigh more than the capacity`).toBeLessThanOrEqual(capacity);
  expect(value, `${call}: the chosen items are worth ${value}, not the reported value`).toBe(got.value);
}

const item = fc.record({ weight: fc.integer({ min: 0, max: 20 }), value: fc.integer({ min: 0, max: 50 }) });

describe('knapsack01', () => {
  it('beats the best-ratio greedy: weights 1,3,4,5 / values 1,4,5,7, capacity 7 gives 9', () => {
    const items = [{ weight: 1, value: 1 }, { weight: 3, value: 4 }, { weight: 4, value: 5 }, { weight: 5, value: 7 }];
    const got = knapsack01(items, 7);
    expect(got.value).toBe(bruteForce(items, 7));
    expectConsistent(items, 7, got);
  });

  it('matches a brute force over all 2^n subsets (n <= 14) with a consistent chosen set', () => {
    holds(fc.tuple(fc.array(item, { maxLength: 14 }), fc.integer({ min: 0, max: 60 })), ([items, capacity]) => {
      const got = knapsack01(items, capacity);
      expect(got.value, `knapsack01(${show(items)}, ${capacity}).value`).toBe(bruteForce(items, capacity));
      expectConsistent(items, capacity, got);
    });
  });

  it('matches the brute force on 20 random sets of exactly 14 items', () => {
    const rng = mulberry32(14);
    for (let t = 0; t < 20; t++) {
      const items = Array.from({ length: 14 }, () => ({ weight: randInt(rng, 1, 30), value: randInt(rng, 1, 100) }));
      const capacity = randInt(rng, 0, 150);
      const got = knapsack01(items, capacity);
      expect(got.value, `knapsack01(${show(items)}, ${capacity}).value`).toBe(bruteForce(items, capacity));
      expectConsistent(items, capacity, got);
    }
  });

  it('takes each item at most once', () => {
    const items = [{ weight: 1, value: 10 }, { weight: 2, value: 3 }];
    const got = knapsack01(items, 10);
    expect(got).toEqual({ value: 13, chosen: [0, 1] });
  });

  it('returns value 0 and no items for capacity 0, no items, or items that are all too heavy', () => {
    expect(knapsack01([{ weight: 3, value: 5 }], 0)).toEqual({ value: 0, chosen: [] });
    expect(knapsack01([], 10)).toEqual({ value: 0, chosen: [] });
    expect(knapsack01([{ weight: 11, value: 5 }, { weight: 12, value: 9 }], 10)).toEqual({ value: 0, chosen: [] });
  });

  it('lands between the greedy value and the fractional bound on 100 items, capacity 10 000', () => {
    const rng = mulberry32(100);
    const items = Array.from({ length: 100 }, () => ({ weight: randInt(rng, 1, 1000), value: randInt(rng, 1, 1000) }));
    const capacity = 10_000;
    const got = knapsack01(items, capacity);
    expectConsistent(items, capacity, got);
    // Greedy by value/weight gives a lower bound; the same greedy finishing with a fraction of
    // the next item (the LP relaxation) gives an upper bound.
    const byRatio = [...items].sort((p, q) => q.value / q.weight - p.value / p.weight);
    let room = capacity;
    let greedy = 0;
    let fractional = 0;
    let filled = false;
    for (const next of byRatio) {
      if (next.weight <= room) {
        room -= next.weight;
        greedy += next.value;
        if (!filled) fractional += next.value;
      } else if (!filled) {
        fractional += (next.value * room) / next.weight;
        filled = true;
      }
    }
    expect(got.value).toBeGreaterThanOrEqual(greedy);
    expect(got.value).toBeLessThanOrEqual(fractional);
  });

  it('throws a RangeError for a negative or fractional capacity or weight', () => {
    expect(() => knapsack01([{ weight: 1, value: 1 }], -1), 'capacity -1').toThrow(RangeError);
    expect(() => knapsack01([{ weight: 1, value: 1 }], 2.5), 'capacity 2.5').toThrow(RangeError);
    expect(() => knapsack01([{ weight: 1.5, value: 1 }], 3), 'weight 1.5').toThrow(RangeError);
  });
});
