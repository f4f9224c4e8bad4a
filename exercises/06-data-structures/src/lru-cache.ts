import { todo } from '@roadmap/todo';

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
export class LRUCache<K, V> {
  readonly capacity: number;
  // TODO: private state: a Map from key to a node of a doubly linked list kept in recency order
  // (a sentinel node makes the list circular and saves the null checks).

  constructor(capacity: number) {
    // TODO: validate the capacity.
    this.capacity = capacity;
    todo('LRUCache');
  }

  get size(): number {
    // TODO
    return todo('LRUCache.size');
  }

  /** The value, marking the key as most recently used; `undefined` when absent. */
  get(key: K): V | undefined {
    // TODO
    return todo('LRUCache.get');
  }

  /** Inserts or updates, marking the key as most recently used; evicts the least recently used key when over capacity. */
  put(key: K, value: V): void {
    // TODO
    todo('LRUCache.put');
  }

  /** Whether the key is cached, without changing the order. */
  has(key: K): boolean {
    // TODO
    return todo('LRUCache.has');
  }

  delete(key: K): boolean {
    // TODO
    return todo('LRUCache.delete');
  }

  /** The cached keys, least recently used first. */
  keys(): K[] {
    // TODO
    return todo('LRUCache.keys');
  }
}
