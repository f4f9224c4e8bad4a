import { todo } from '@roadmap/todo';
import { fnv1a, mix32 } from './_hash.ts';

/**
 * A Bloom filter: a set that answers "definitely not present" or "probably present" in m bits,
 * however long the items are. Adding sets k bits; asking checks those k bits.
 *
 * Python has no Bloom filter in the standard library; the bit array is usually a `bytearray` or
 * an `int`, and the k positions come from `hashlib` digests.
 *
 * ```ts
 * const seen = new BloomFilter(9586, 7);   // BloomFilter.optimal(1000, 0.01)
 * seen.add('alice');
 * seen.has('alice');   // true, always: no false negatives
 * seen.has('bob');     // false, or (rarely) true: a false positive
 * ```
 *
 * After n distinct items, a filter with good hashing has about m · (1 − e^(−kn/m)) bits set and a
 * false-positive rate near (1 − e^(−kn/m))^k. Getting there takes k positions that behave like
 * independent hashes: the usual trick (Kirsch–Mitzenmacher) derives them all from two,
 * gᵢ = (h₁ + i · h₂) mod m, with `fnv1a` and `mix32` from `./_hash.ts` as h₁ and h₂.
 */
export class BloomFilter {
  readonly m: number;
  readonly k: number;
  // TODO: the bit array, e.g. a Uint8Array of ceil(m / 8) bytes.

  constructor(m: number, k: number) {
    // TODO: validate (positive integers, else RangeError) and allocate.
    this.m = m;
    this.k = k;
    todo('BloomFilter');
  }

  /** Python-style sizing: m = ⌈−n·ln p / (ln 2)²⌉ bits and k = round(m/n · ln 2) hashes (at least 1). */
  static optimal(n: number, p: number): { m: number; k: number } {
    // TODO
    return todo('BloomFilter.optimal');
  }

  add(item: string): void {
    // TODO: set the item's k bits.
    todo('BloomFilter.add');
  }

  /** false: definitely never added. true: probably added. */
  has(item: string): boolean {
    // TODO: all k bits set?
    return todo('BloomFilter.has');
  }

  /** How many of the m bits are set. */
  bitCount(): number {
    // TODO
    return todo('BloomFilter.bitCount');
  }
}
