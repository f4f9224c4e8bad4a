import { todo } from '@roadmap/todo';
import { KeyError } from './_errors.ts';

/**
 * Python: `collections.OrderedDict`: a dict that can reorder its keys.
 *
 * ```python
 * od = OrderedDict.fromkeys('abcde')
 * od.move_to_end('b')              # a c d e b
 * od.move_to_end('b', last=False)  # b a c d e
 * od.popitem()                     # ('e', None): LIFO
 * od.popitem(last=False)           # ('b', None): FIFO
 * od == OrderedDict(...)           # order matters; od == {...} (a plain dict) ignores order
 * ```
 *
 * ```ts
 * const od = new OrderedMap([...'abcde'].map((k) => [k, null]));
 * od.moveToEnd('b');
 * od.moveToEnd('b', false);
 * od.popItem();          // ['e', null]
 * od.popItem(false);     // ['b', null]
 * ```
 *
 * Aim for O(1) `moveToEnd` and `popItem` at both ends, as CPython does: a Map from key to a node
 * of a doubly linked list. Missing keys (`moveToEnd`) and an empty map (`popItem`) throw `KeyError`.
 */
export class OrderedMap<K, V> implements Iterable<[K, V]> {
  // TODO: private fields, e.g. #nodes = new Map<K, Node>() and a sentinel node of a circular list.

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    // TODO: set every entry in order.
    todo('OrderedMap');
  }

  /** Python: `len(od)`. */
  get size(): number {
    // TODO
    return todo('OrderedMap.size');
  }

  /** Python: `od.get(key)`. */
  get(key: K): V | undefined {
    // TODO
    return todo('OrderedMap.get');
  }

  /** Python: `key in od`. */
  has(key: K): boolean {
    // TODO
    return todo('OrderedMap.has');
  }

  /** Python: `od[key] = value`: a new key goes last; an existing key keeps its place. */
  set(key: K, value: V): this {
    // TODO
    return todo('OrderedMap.set');
  }

  /** Python: `od.pop(key, None) is not None`-ish: removes the key; returns whether it was there. */
  delete(key: K): boolean {
    // TODO
    return todo('OrderedMap.delete');
  }

  /** Python: `od.clear()`. */
  clear(): void {
    // TODO
    todo('OrderedMap.clear');
  }

  /** Python: `od.move_to_end(key, last=True)`: to the end, or to the front with `last = false`. `KeyError` if missing. */
  moveToEnd(key: K, last = true): void {
    // TODO
    todo('OrderedMap.moveToEnd');
  }

  /** Python: `od.popitem(last=True)`: removes and returns the last pair (the first with `last = false`). `KeyError` if empty. */
  popItem(last = true): [K, V] {
    // TODO
    return todo('OrderedMap.popItem');
  }

  /** Keys, first to last. */
  *keys(): Generator<K, void, undefined> {
    // TODO
    return todo('OrderedMap.keys');
  }

  /** Values, first to last. */
  *values(): Generator<V, void, undefined> {
    // TODO
    return todo('OrderedMap.values');
  }

  /** Python: `od.items()`: `[key, value]` pairs, first to last. */
  *entries(): Generator<[K, V], void, undefined> {
    // TODO
    return todo('OrderedMap.entries');
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    // TODO: the same as entries().
    return todo('OrderedMap[Symbol.iterator]');
  }

  /** Python: `reversed(od)`: keys, last to first. */
  *reversed(): Generator<K, void, undefined> {
    // TODO
    return todo('OrderedMap.reversed');
  }

  /**
   * Python: `od == other`. Against another OrderedMap the order matters; against a plain `Map`
   * (Python: a plain dict) only the contents do. Values are compared with `===`.
   */
  equals(other: OrderedMap<K, V> | Map<K, V>): boolean {
    // TODO
    return todo('OrderedMap.equals');
  }
}
