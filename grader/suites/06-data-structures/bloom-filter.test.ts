import { mulberry32 } from '@roadmap/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BloomFilter } from '@impl/06-data-structures/bloom-filter';

// Oracles: the Bloom filter formulas. After n distinct items, the expected fraction of set bits is
// 1 − e^(−kn/m) and the false-positive rate (1 − e^(−kn/m))^k; measured on seeded random strings.

/** `count` distinct random strings like "user-3f9a1c@example.org" from a seeded generator. */
function randomStrings(seed: number, count: number, exclude: Set<string> = new Set()): string[] {
  const rng = mulberry32(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const len = 6 + Math.floor(rng() * 10);
    let s = '';
    for (let i = 0; i < len; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rng() * 36)];
    const item = `user-${s}@example.org`;
    if (!exclude.has(item)) out.add(item);
  }
  return [...out];
}
const expectedFill = (m: number, k: number, n: number) => 1 - Math.exp((-k * n) / m);
const expectedFpr = (m: number, k: number, n: number) => expectedFill(m, k, n) ** k;

const configs = [
  { m: 10_000, k: 7, n: 1000 },
  { m: 2000, k: 3, n: 500 },
  { m: 50_000, k: 4, n: 5000 },
];

describe('BloomFilter', () => {
  it('never gives a false negative', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (items, k) => {
        const f = new BloomFilter(512, k);
        items.forEach((x) => f.add(x));
        const missed = items.filter((x) => !f.has(x));
        expect(missed).toEqual([]);
      }),
    );
  });

  for (const { m, k, n } of configs) {
    it(`measures a false-positive rate near (1 − e^(−kn/m))^k for m=${m}, k=${k}, n=${n}`, () => {
      const added = randomStrings(m + k, n);
      const f = new BloomFilter(m, k);
      added.forEach((x) => f.add(x));
      const probes = randomStrings(m * 3 + k, 10_000, new Set(added));
      const rate = probes.filter((x) => f.has(x)).length / probes.length;
      const want = expectedFpr(m, k, n);
      // Loose bounds: the sampling error is small, bad hashing is off by a large factor.
      expect({ rate, within: rate >= 0.6 * want && rate <= 1.5 * want }).toEqual({ rate, within: true });
    });
  }

  it('sets about m · (1 − e^(−kn/m)) bits (the k positions must differ)', () => {
    for (const { m, k, n } of configs) {
      const f = new BloomFilter(m, k);
      randomStrings(7 * m + n, n).forEach((x) => f.add(x));
      const fill = f.bitCount() / m;
      const want = expectedFill(m, k, n);
      expect({ m, k, n, fill, close: Math.abs(fill - want) <= 0.03 }).toEqual({ m, k, n, fill, close: true });
    }
  });

  it('sizes itself with m = ⌈−n ln p / (ln 2)²⌉ and k = round(m/n · ln 2)', () => {
    for (const [n, p] of [
      [1000, 0.01],
      [1_000_000, 0.001],
      [10, 0.5],
      [250, 0.05],
    ] as const) {
      const m = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
      expect({ n, p, got: BloomFilter.optimal(n, p) }).toEqual({ n, p, got: { m, k: Math.max(1, Math.round((m / n) * Math.LN2)) } });
    }
    expect(BloomFilter.optimal(1000, 0.01)).toEqual({ m: 9586, k: 7 });
  });

  it('starts empty, keeps m and k, and rejects sizes that are not positive integers', () => {
    const f = new BloomFilter(100, 3);
    expect([f.m, f.k, f.bitCount(), f.has('anything')]).toEqual([100, 3, 0, false]);
    f.add('x');
    expect(f.bitCount()).toBeGreaterThanOrEqual(1);
    expect(f.bitCount()).toBeLessThanOrEqual(3);
    for (const [m, k] of [
      [0, 1],
      [10, 0],
      [1.5, 2],
      [10, -1],
    ]) {
      expect(() => new BloomFilter(m!, k!), `m=${m}, k=${k}`).toThrow(RangeError);
    }
  });
});
