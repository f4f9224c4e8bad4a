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
  #counts = new Map<T, number>();

  /** Python: `Counter(iterable)`: counts each item. */
  constructor(iterable?: Iterable<T> | null) {
    if (iterable) this.update(iterable);
  }

  /** Python: `Counter({'a': 3, 'b': -1})`: counts given directly (zero and negative kept). */
  static fromEntries<T>(entries: Iterable<readonly [T, number]>): Counter<T> {
    const c = new Counter<T>();
    for (const [item, count] of entries) c.set(item, count);
    return c;
  }

  /** Python: `c[item]`: the count, 0 for a missing item (which is not inserted). */
  get(item: T): number {
    return this.#counts.get(item) ?? 0;
  }

  /** Python: `c[item] = count`. A new item goes to the end of the order. */
  set(item: T, count: number): this {
    this.#counts.set(item, count);
    return this;
  }

  /** Python: `item in c`. */
  has(item: T): boolean {
    return this.#counts.has(item);
  }

  /** Python: `del c[item]`; returns whether it was there. */
  delete(item: T): boolean {
    return this.#counts.delete(item);
  }

  /** Python: `len(c)`: the number of distinct items (whatever their counts). */
  get size(): number {
    return this.#counts.size;
  }

  /** Python: `c.update(iterable)` adds one per item; `c.update(other_counter)` adds its counts. */
  update(items: Iterable<T> | Counter<T>): this {
    if (items instanceof Counter) {
      for (const [item, count] of items) this.set(item, this.get(item) + count);
    } else {
      for (const item of items) this.set(item, this.get(item) + 1);
    }
    return this;
  }

  /** Python: `c.subtract(...)`: like `update` but subtracting; counts may reach zero or go negative and stay. */
  subtract(items: Iterable<T> | Counter<T>): this {
    if (items instanceof Counter) {
      for (const [item, count] of items) this.set(item, this.get(item) - count);
    } else {
      for (const item of items) this.set(item, this.get(item) - 1);
    }
    return this;
  }

  /**
   * Python: `c.most_common(n)`: `[item, count]` pairs by count, highest first; equal counts keep
   * first-insertion order. Without `n`, every item; `n <= 0` gives `[]`.
   */
  mostCommon(n?: number): [T, number][] {
    // Array.prototype.sort is stable (ES2019), so ties stay in insertion order like Python's sorted().
    const all = [...this.#counts].sort((a, b) => b[1] - a[1]);
    if (n == null) return all;
    return n <= 0 ? [] : all.slice(0, n);
  }

  /** Python: `c.elements()`: each item repeated count times, in insertion order; counts <= 0 give nothing. */
  *elements(): Generator<T, void, undefined> {
    for (const [item, count] of this.#counts) {
      for (let i = 0; i < count; i++) yield item;
    }
  }

  /** Python: `c.total()`: the sum of all counts (negative ones included). */
  total(): number {
    let sum = 0;
    for (const count of this.#counts.values()) sum += count;
    return sum;
  }

  /** Python: `c + d`: add counts, keep only positive results. Order: this one's items, then d's new ones. */
  plus(other: Counter<T>): Counter<T> {
    return this.#combine(other, (a, b) => a + b);
  }

  /** Python: `c - d`: subtract counts, keep only positive results (unlike `subtract`, which keeps everything). */
  minus(other: Counter<T>): Counter<T> {
    return this.#combine(other, (a, b) => a - b);
  }

  /** Python: `c | d`: the larger count of each item, positive results only. */
  union(other: Counter<T>): Counter<T> {
    return this.#combine(other, (a, b) => Math.max(a, b));
  }

  /** Python: `c & d`: the smaller count of each item, positive results only. */
  intersection(other: Counter<T>): Counter<T> {
    return this.#combine(other, (a, b) => Math.min(a, b));
  }

  /** Items in insertion order. */
  keys(): IterableIterator<T> {
    return this.#counts.keys();
  }

  /** `[item, count]` pairs in insertion order (Python: `c.items()`). */
  entries(): IterableIterator<[T, number]> {
    return this.#counts.entries();
  }

  [Symbol.iterator](): IterableIterator<[T, number]> {
    return this.#counts.entries();
  }

  // Python's operators walk self's items, then the other's items self lacks; the missing side counts 0.
  #combine(other: Counter<T>, op: (mine: number, theirs: number) => number): Counter<T> {
    const out = new Counter<T>();
    for (const [item, count] of this.#counts) {
      const r = op(count, other.get(item));
      if (r > 0) out.set(item, r);
    }
    for (const [item, count] of other) {
      if (this.has(item)) continue;
      const r = op(0, count);
      if (r > 0) out.set(item, r);
    }
    return out;
  }
}
