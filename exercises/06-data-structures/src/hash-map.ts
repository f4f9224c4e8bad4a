import { todo } from '@roadmap/todo';
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
  // TODO: private fields: #slots (an array of Slot<K, V>, 8 to start), #size, #tombstones,
  // and the hash and equals functions (defaults: defaultHash and sameValueZero).

  constructor(options: HashMapOptions<K> = {}) {
    // TODO
    todo('HashMap');
  }

  get size(): number {
    // TODO
    return todo('HashMap.size');
  }

  /** The number of slots in the table (a power of two). */
  get capacity(): number {
    // TODO
    return todo('HashMap.capacity');
  }

  get(key: K): V | undefined {
    // TODO: probe from the key's slot; stop at an empty slot; walk past tombstones.
    return todo('HashMap.get');
  }

  has(key: K): boolean {
    // TODO
    return todo('HashMap.has');
  }

  set(key: K, value: V): this {
    // TODO: overwrite if present; otherwise grow or clean up first (see the rules), then take
    // the first empty slot or tombstone on the probe path.
    return todo('HashMap.set');
  }

  delete(key: K): boolean {
    // TODO: leave a tombstone, not an empty slot.
    return todo('HashMap.delete');
  }

  clear(): void {
    // TODO
    todo('HashMap.clear');
  }

  *keys(): Generator<K, void, undefined> {
    // TODO
    return todo('HashMap.keys');
  }

  *values(): Generator<V, void, undefined> {
    // TODO
    return todo('HashMap.values');
  }

  *entries(): Generator<[K, V], void, undefined> {
    // TODO: live slots in slot order.
    return todo('HashMap.entries');
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    // TODO: the same as entries().
    return todo('HashMap[Symbol.iterator]');
  }
}
