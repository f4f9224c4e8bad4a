/**
 * A least-recently-used cache with O(1) `get` and `put` (LeetCode 146).
 *
 * Python: `functools.lru_cache(maxsize=n)` keeps exactly this structure (a dict plus a circular
 * doubly linked list) around a function; `collections.OrderedDict` with `move_to_end` and
 * `popitem(last=False)` gives the same cache by hand:
 *
 * ```python
 * cache = OrderedDict()
 * def get(k):
 *     if k not in cache: return None
 *     cache.move_to_end(k); return cache[k]
 * def put(k, v):
 *     cache[k] = v; cache.move_to_end(k)
 *     if len(cache) > capacity: cache.popitem(last=False)
 * ```
 *
 * ```ts
 * const cache = new LRUCache<number, number>(2);
 * cache.put(1, 1); cache.put(2, 2);
 * cache.get(1);      // 1, and 1 is now the most recently used
 * cache.put(3, 3);   // evicts 2
 * cache.get(2);      // undefined
 * ```
 *
 * `get` and `put` make a key the most recently used; `has` and `keys` look without touching
 * the order. A capacity that is not a positive integer throws `RangeError`.
 *
 * Tempting shortcut: a `Map` alone (delete + set moves a key to the end, `keys().next()` is the
 * oldest). It is correct, but V8 leaves deleted entries in place until the table is rebuilt, and
 * every new iterator walks past them, so evicting from the front gets slower and slower.
 */
interface Entry<K, V> {
  key: K;
  value: V;
  prev: Entry<K, V>;
  next: Entry<K, V>;
}

export class LRUCache<K, V> {
  readonly capacity: number;
  // Key -> entry of a circular doubly linked list ordered from least (root.next) to most
  // (root.prev) recently used. Every step below is O(1).
  #map = new Map<K, Entry<K, V>>();
  #root: Entry<K, V>;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
    const root = {} as Entry<K, V>;
    root.prev = root;
    root.next = root;
    this.#root = root;
  }

  get size(): number {
    return this.#map.size;
  }

  /** The value, marking the key as most recently used; `undefined` when absent. */
  get(key: K): V | undefined {
    const e = this.#map.get(key);
    if (!e) return undefined;
    this.#unlink(e);
    this.#append(e);
    return e.value;
  }

  /** Inserts or updates, marking the key as most recently used; evicts the least recently used key when over capacity. */
  put(key: K, value: V): void {
    const e = this.#map.get(key);
    if (e) {
      e.value = value;
      this.#unlink(e);
      this.#append(e);
      return;
    }
    const fresh = { key, value } as Entry<K, V>;
    this.#append(fresh);
    this.#map.set(key, fresh);
    if (this.#map.size > this.capacity) {
      const oldest = this.#root.next;
      this.#unlink(oldest);
      this.#map.delete(oldest.key);
    }
  }

  /** Whether the key is cached, without changing the order. */
  has(key: K): boolean {
    return this.#map.has(key);
  }

  delete(key: K): boolean {
    const e = this.#map.get(key);
    if (!e) return false;
    this.#unlink(e);
    return this.#map.delete(key);
  }

  /** The cached keys, least recently used first. */
  keys(): K[] {
    const out: K[] = [];
    for (let e = this.#root.next; e !== this.#root; e = e.next) out.push(e.key);
    return out;
  }

  #unlink(e: Entry<K, V>): void {
    e.prev.next = e.next;
    e.next.prev = e.prev;
  }

  #append(e: Entry<K, V>): void {
    const last = this.#root.prev;
    e.prev = last;
    e.next = this.#root;
    last.next = e;
    this.#root.prev = e;
  }
}
