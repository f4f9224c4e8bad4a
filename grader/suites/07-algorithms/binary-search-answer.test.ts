import fc from 'fast-check';
import { mulberry32, randInt, randInts } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { minShipCapacity } from '@impl/07-algorithms/binary-search-answer';
import { holds, show } from './_kit.ts';

/**
 * Brute force, independent of any greedy or binary search: try every way to cut the sequence
 * into at most `days` contiguous parts (2^(n-1) cut sets) and keep the smallest heaviest part.
 */
function bruteForce(weights: number[], days: number): number {
  const n = weights.length;
  if (n === 0) return 0;
  let best = Infinity;
  for (let cuts = 0; cuts < 1 << (n - 1); cuts++) {
    let parts = 1;
    let part = 0;
    let heaviest = 0;
    for (let i = 0; i < n; i++) {
      part += weights[i]!;
      heaviest = Math.max(heaviest, part);
      if (i < n - 1 && cuts & (1 << i)) {
        parts++;
        part = 0;
      }
    }
    if (parts <= days) best = Math.min(best, heaviest);
  }
  return best;
}

/** Days needed at a given capacity, filling each day as far as it goes (Infinity if a package does not fit). */
function daysNeeded(weights: number[], capacity: number): number {
  let used = 1;
  let load = 0;
  for (const w of weights) {
    if (w > capacity) return Infinity;
    if (load + w > capacity) {
      used++;
      load = 0;
    }
    load += w;
  }
  return used;
}

describe('minShipCapacity', () => {
  it('gives 15 for weights 1..10 in 5 days (the LeetCode 1011 example)', () => {
    expect(minShipCapacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toBe(15);
  });

  it('agrees with a brute force over every way to split up to 8 packages', () => {
    holds(fc.tuple(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 9 })), ([weights, days]) => {
      expect(minShipCapacity(weights, days), `minShipCapacity(${show(weights)}, ${days})`).toBe(bruteForce(weights, days));
    });
  });

  it('never goes below the heaviest package, even with a day per package', () => {
    expect(minShipCapacity([1, 10], 2)).toBe(10);
    expect(minShipCapacity([3, 1, 9, 2], 10)).toBe(9);
  });

  it('needs the total weight when everything ships in one day', () => {
    expect(minShipCapacity([5, 8, 2, 7], 1)).toBe(22);
  });

  it('returns 0 for no packages', () => {
    expect(minShipCapacity([], 3)).toBe(0);
  });

  it('throws a RangeError for days < 1 or fractional days', () => {
    expect(() => minShipCapacity([1, 2], 0), 'days = 0').toThrow(RangeError);
    expect(() => minShipCapacity([1, 2], 1.5), 'days = 1.5').toThrow(RangeError);
  });

  it('finds the least feasible capacity for 10^5 packages of up to 10^9 (sums past 2^32)', () => {
    const rng = mulberry32(42);
    for (const days of [1, 2, 7, 1000, 99_999]) {
      const weights = randInts(rng, 100_000, 1, 1e9);
      const got = minShipCapacity(weights, days);
      // The greedy day count is the model: `got` must fit in `days`, and `got - 1` must not.
      expect(daysNeeded(weights, got), `capacity ${got} needs more than ${days} days`).toBeLessThanOrEqual(days);
      expect(daysNeeded(weights, got - 1), `capacity ${got - 1} already ships in ${days} days, so ${got} is not the least`).toBeGreaterThan(days);
    }
  });

  it('finds the least feasible capacity on random mid-size inputs', () => {
    const rng = mulberry32(7);
    for (let t = 0; t < 50; t++) {
      const n = randInt(rng, 1, 300);
      const weights = randInts(rng, n, 1, 500);
      const days = randInt(rng, 1, n + 2);
      const got = minShipCapacity(weights, days);
      expect(daysNeeded(weights, got), `minShipCapacity(${show(weights)}, ${days}) = ${got} needs too many days`).toBeLessThanOrEqual(days);
      expect(daysNeeded(weights, got - 1), `minShipCapacity(${show(weights)}, ${days}) = ${got}, but ${got - 1} suffices`).toBeGreaterThan(days);
    }
  });
});
