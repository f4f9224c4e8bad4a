// Mistake: delete empties the slot instead of leaving a tombstone, which cuts the probe chain of every key stored after it.
import { defaultHash } from './_hash.ts';

export interface HashMapOptions<K> {
  /** Any integer (negative or huge is fine); the map reduces it to a slot. Default `defaultHash` from `./_hash.ts`. */
  hash?: (key: K) => number;
  /** Key equality. Default SameValueZero (what `Map` uses). */
  equals?: (a: K, b: K) => boolean;
}

const sameValueZero = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

// A slot is empty (undefined), a tombstone (a deleted entry: probing must walk past it), or live.
const TOMBSTONE = Symbol('tombstone');
type Slot<K, V> = undefined | typeof TOMBSTONE | { key: K; value: V };

/**
 * Python: `dict`. CPython's dict is an open-addressing hash table too: entries live in the table
 * itself, a collision probes further slots, and a deleted entry leaves a `DKIX_DUMMY` marker.
 *
 * ```python
 * d = {}
 * d['a'] = 1; d['a']; 'a' in d; del d['a']; len(d)
 * ```
 *
 * ```ts
 * const d = new HashMap<string, number>();
 * d.set('a', 1); d.get('a'); d.has('a'); d.delete('a'); d.size;
 * ```
 *
 * The rules of this table:
 * - `capacity` is a power of two, starting at 8; slot = hash reduced into [0, capacity), then
 *   linear probing (slot + 1, slot + 2, … wrapping around);
 * - `delete` leaves a tombstone: lookups walk past it, inserts may reuse it;
 * - before inserting a new key: if `(size + 1) > 0.75 · capacity` the capacity doubles; otherwise,
 *   if live entries plus tombstones would pass 0.75 · capacity, the table is rebuilt at the same
 *   capacity to clear the tombstones. The table never shrinks.
 *
 * Iteration order is slot order (unlike `Map` and `dict`, which keep insertion order).
 */
export class HashMap<K, V> implements Iterable<[K, V]> {
  #slots: Slot<K, V>[] = new Array<Slot<K, V>>(8);
  #size = 0;
  #tombstones = 0;
  readonly #hash: (key: K) => number;
  readonly #equals: (a: K, b: K) => boolean;

  constructor(options: HashMapOptions<K> = {}) {
    this.#hash = options.hash ?? defaultHash;
    this.#equals = options.equals ?? sameValueZero;
  }

  get size(): number {
    return this.#size;
  }

  /** The number of slots in the table (a power of two). */
  get capacity(): number {
    return this.#slots.length;
  }

  get(key: K): V | undefined {
    const i = this.#find(key);
    return i < 0 ? undefined : (this.#slots[i] as { value: V }).value;
  }

  has(key: K): boolean {
    return this.#find(key) >= 0;
  }

  set(key: K, value: V): this {
    const found = this.#find(key);
    if (found >= 0) {
      (this.#slots[found] as { value: V }).value = value;
      return this;
    }
    const cap = this.#slots.length;
    if (this.#size + 1 > 0.75 * cap) this.#rebuild(cap * 2);
    else if (this.#size + this.#tombstones + 1 > 0.75 * cap) this.#rebuild(cap);
    // The key is absent: take the first tombstone or empty slot on its probe path.
    const mask = this.#slots.length - 1;
    for (let i = this.#start(key); ; i = (i + 1) & mask) {
      const s = this.#slots[i];
      if (s === undefined || s === TOMBSTONE) {
        if (s === TOMBSTONE) this.#tombstones--;
        this.#slots[i] = { key, value };
        this.#size++;
        return this;
      }
    }
  }

  delete(key: K): boolean {
    const i = this.#find(key);
    if (i < 0) return false;
    this.#slots[i] = undefined;
    this.#size--;
    return true;
  }

  clear(): void {
    this.#slots = new Array<Slot<K, V>>(8);
    this.#size = 0;
    this.#tombstones = 0;
  }

  *keys(): Generator<K, void, undefined> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): Generator<V, void, undefined> {
    for (const [, v] of this.entries()) yield v;
  }

  *entries(): Generator<[K, V], void, undefined> {
    for (const s of this.#slots) if (s !== undefined && s !== TOMBSTONE) yield [s.key, s.value];
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    return this.entries();
  }

  // `>>> 0` makes any integer (negative, beyond 32 bits) a non-negative 32-bit one before masking.
  #start(key: K): number {
    return (this.#hash(key) >>> 0) & (this.#slots.length - 1);
  }

  /** The slot holding `key`, or -1. Stops at an empty slot, walks past tombstones. */
  #find(key: K): number {
    const mask = this.#slots.length - 1;
    for (let i = this.#start(key), n = 0; n < this.#slots.length; i = (i + 1) & mask, n++) {
      const s = this.#slots[i];
      if (s === undefined) return -1;
      if (s !== TOMBSTONE && this.#equals(s.key, key)) return i;
    }
    return -1;
  }

  #rebuild(capacity: number): void {
    const live = [...this.entries()];
    this.#slots = new Array<Slot<K, V>>(capacity);
    this.#size = 0;
    this.#tombstones = 0;
    for (const [k, v] of live) this.set(k, v);
  }
}
