import { todo } from '@roadmap/todo';

/**
 * Python: `collections.Counter`, a multiset backed by a dict of counts.
 *
 * ```python
 * c = Counter('abracadabra')          # Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
 * c.most_common(3)                    # [('a', 5), ('b', 2), ('r', 2)]
 * c['z']                              # 0, and 'z' is not inserted
 * ```
 *
 * ```ts
 * const c = new Counter('abracadabra');
 * c.mostCommon(3);                    // [['a', 5], ['b', 2], ['r', 2]]
 * c.get('z');                         // 0
 * ```
 *
 * Keys keep first-insertion order (like a dict); that order breaks ties in `mostCommon`.
 */
export class Counter<T> implements Iterable<[T, number]> {
  // TODO: keep the counts in a private field, e.g. `#counts = new Map<T, number>()`.

  /** Python: `Counter(iterable)`: counts each item. */
  constructor(iterable?: Iterable<T> | null) {
    // TODO: count every item of `iterable` (when given).
    todo('Counter');
  }

  /** Python: `Counter({'a': 3, 'b': -1})`: counts given directly (zero and negative kept). */
  static fromEntries<T>(entries: Iterable<readonly [T, number]>): Counter<T> {
    // TODO: a new Counter with each `[item, count]` set as given.
    return todo('Counter.fromEntries');
  }

  /** Python: `c[item]`: the count, 0 for a missing item (which is not inserted). */
  get(item: T): number {
    // TODO
    return todo('Counter.get');
  }

  /** Python: `c[item] = count`. A new item goes to the end of the order. */
  set(item: T, count: number): this {
    // TODO
    return todo('Counter.set');
  }

  /** Python: `item in c`. */
  has(item: T): boolean {
    // TODO
    return todo('Counter.has');
  }

  /** Python: `del c[item]`; returns whether it was there. */
  delete(item: T): boolean {
    // TODO
    return todo('Counter.delete');
  }

  /** Python: `len(c)`: the number of distinct items (whatever their counts). */
  get size(): number {
    // TODO
    return todo('Counter.size');
  }

  /** Python: `c.update(iterable)` adds one per item; `c.update(other_counter)` adds its counts. */
  update(items: Iterable<T> | Counter<T>): this {
    // TODO: tell a Counter (add its counts) from any other iterable (add 1 per item).
    return todo('Counter.update');
  }

  /** Python: `c.subtract(...)`: like `update` but subtracting; counts may reach zero or go negative and stay. */
  subtract(items: Iterable<T> | Counter<T>): this {
    // TODO
    return todo('Counter.subtract');
  }

  /**
   * Python: `c.most_common(n)`: `[item, count]` pairs by count, highest first; equal counts keep
   * first-insertion order. Without `n`, every item; `n <= 0` gives `[]`.
   */
  mostCommon(n?: number): [T, number][] {
    // TODO: sort by count, descending, without disturbing the order of ties.
    return todo('Counter.mostCommon');
  }

  /** Python: `c.elements()`: each item repeated count times, in insertion order; counts <= 0 give nothing. */
  *elements(): Generator<T, void, undefined> {
    // TODO
    return todo('Counter.elements');
  }

  /** Python: `c.total()`: the sum of all counts (negative ones included). */
  total(): number {
    // TODO
    return todo('Counter.total');
  }

  /** Python: `c + d`: add counts, keep only positive results. Order: this one's items, then d's new ones. */
  plus(other: Counter<T>): Counter<T> {
    // TODO
    return todo('Counter.plus');
  }

  /** Python: `c - d`: subtract counts, keep only positive results (unlike `subtract`, which keeps everything). */
  minus(other: Counter<T>): Counter<T> {
    // TODO
    return todo('Counter.minus');
  }

  /** Python: `c | d`: the larger count of each item, positive results only. */
  union(other: Counter<T>): Counter<T> {
    // TODO
    return todo('Counter.union');
  }

  /** Python: `c & d`: the smaller count of each item, positive results only. */
  intersection(other: Counter<T>): Counter<T> {
    // TODO
    return todo('Counter.intersection');
  }

  /** Items in insertion order. */
  keys(): IterableIterator<T> {
    // TODO
    return todo('Counter.keys');
  }

  /** `[item, count]` pairs in insertion order (Python: `c.items()`). */
  entries(): IterableIterator<[T, number]> {
    // TODO
    return todo('Counter.entries');
  }

  [Symbol.iterator](): IterableIterator<[T, number]> {
    // TODO: the same pairs as entries().
    return todo('Counter[Symbol.iterator]');
  }
}
