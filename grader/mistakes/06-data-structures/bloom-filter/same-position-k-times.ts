// Mistake: derives all k positions from one hash without the i * h2 step, so each item sets a single bit and false positives soar.
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
  #bits: Uint8Array;

  constructor(m: number, k: number) {
    if (!Number.isInteger(m) || m < 1) throw new RangeError(`m must be a positive integer, got ${m}`);
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
    this.m = m;
    this.k = k;
    this.#bits = new Uint8Array(Math.ceil(m / 8)); // one bit per position, not one byte
  }

  /** Python-style sizing: m = ⌈−n·ln p / (ln 2)²⌉ bits and k = round(m/n · ln 2) hashes (at least 1). */
  static optimal(n: number, p: number): { m: number; k: number } {
    const m = Math.ceil((-n * Math.log(p)) / Math.LN2 ** 2);
    return { m, k: Math.max(1, Math.round((m / n) * Math.LN2)) };
  }

  add(item: string): void {
    for (const i of this.#positions(item)) this.#bits[i >> 3]! |= 1 << (i & 7);
  }

  /** false: definitely never added. true: probably added. */
  has(item: string): boolean {
    for (const i of this.#positions(item)) if ((this.#bits[i >> 3]! & (1 << (i & 7))) === 0) return false;
    return true;
  }

  /** How many of the m bits are set. */
  bitCount(): number {
    let count = 0;
    for (let b of this.#bits) {
      while (b) {
        b &= b - 1; // clears the lowest set bit
        count++;
      }
    }
    return count;
  }

  *#positions(item: string): Generator<number, void, undefined> {
    const h1 = fnv1a(item);
    const h2 = mix32(h1 ^ 0x9e3779b9) | 1; // odd, so the steps never collapse to a multiple of 2^32
    for (let i = 0; i < this.k; i++) {
      // (h1 + i·h2) mod 2^32 with Math.imul keeping it exact, then reduced mod m.
      yield (h1 + i * 0) % this.m;
    }
  }
}
