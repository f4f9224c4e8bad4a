// Mistake: equals compares contents only, so two OrderedMaps with the same pairs in another order count as equal.
import { KeyError } from './_errors.ts';

export class OrderedMap<K, V> implements Iterable<[K, V]> {
  #map = new Map<K, V>();

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  set(key: K, value: V): this {
    this.#map.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#map.delete(key);
  }

  clear(): void {
    this.#map.clear();
  }

  moveToEnd(key: K, last = true): void {
    if (!this.#map.has(key)) throw new KeyError(String(key));
    const value = this.#map.get(key) as V;
    this.#map.delete(key);
    if (last) this.#map.set(key, value);
    else this.#map = new Map([[key, value], ...this.#map]);
  }

  popItem(last = true): [K, V] {
    if (this.#map.size === 0) throw new KeyError('dictionary is empty');
    const all = [...this.#map];
    const pair = last ? all[all.length - 1]! : all[0]!;
    this.#map.delete(pair[0]);
    return pair;
  }

  *keys(): Generator<K, void, undefined> {
    yield* this.#map.keys();
  }

  *values(): Generator<V, void, undefined> {
    yield* this.#map.values();
  }

  *entries(): Generator<[K, V], void, undefined> {
    yield* this.#map.entries();
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    return this.entries();
  }

  *reversed(): Generator<K, void, undefined> {
    yield* [...this.#map.keys()].reverse();
  }

  equals(other: OrderedMap<K, V> | Map<K, V>): boolean {
    if (other.size !== this.size) return false;
    for (const [k, v] of this.#map) if (!other.has(k) || other.get(k) !== v) return false;
    return true;
  }
}
