// Mistake: add inserts at bisectLeft, before the items equal to it, so equal items end up in reverse order of arrival.
const natural = <T>(a: T, b: T): number => (a < b ? -1 : b < a ? 1 : 0);

/**
 * A list that stays sorted as you add to it, with binary search built in.
 *
 * Python: the standard library has `bisect.insort` on a plain list; the popular package
 * `sortedcontainers.SortedList` wraps the same idea in a class:
 *
 * ```python
 * from bisect import bisect_left, insort
 * xs = []
 * insort(xs, 5); insort(xs, 1); insort(xs, 3)    # [1, 3, 5]
 * bisect_left(xs, 3)                              # 1
 * ```
 *
 * ```ts
 * const xs = new SortedList<number>();
 * xs.add(5); xs.add(1); xs.add(3);                // 1, 3, 5
 * xs.bisectLeft(3);                               // 1
 * xs.irange(2, 5);                                // [3, 5]
 * ```
 *
 * Items that compare equal keep the order they were added in (`add` inserts after them, like
 * `insort_right`). `remove` and `indexOf` find the leftmost equal item. `at` and `pop` take
 * Python indexes (negative from the end) and throw `RangeError` out of range.
 */
export class SortedList<T> implements Iterable<T> {
  #items: T[] = [];
  readonly #cmp: (a: T, b: T) => number;

  constructor(items?: Iterable<T> | null, cmp: (a: T, b: T) => number = natural) {
    this.#cmp = cmp;
    if (items) this.update(items);
  }

  get length(): number {
    return this.#items.length;
  }

  /** Inserts after any equal items: O(log n) to find the place, O(n) to shift. */
  add(x: T): void {
    this.#items.splice(this.bisectLeft(x), 0, x);
  }

  update(items: Iterable<T>): void {
    for (const x of items) this.add(x);
  }

  /** Removes the leftmost item equal to `x`; returns whether there was one. */
  remove(x: T): boolean {
    const i = this.indexOf(x);
    if (i < 0) return false;
    this.#items.splice(i, 1);
    return true;
  }

  has(x: T): boolean {
    return this.indexOf(x) >= 0;
  }

  /** The index of the leftmost item equal to `x`, or -1. */
  indexOf(x: T): number {
    const i = this.bisectLeft(x);
    return i < this.#items.length && this.#cmp(this.#items[i] as T, x) === 0 ? i : -1;
  }

  /** How many items equal `x`. */
  count(x: T): number {
    return this.bisectRight(x) - this.bisectLeft(x);
  }

  /** Python: `bisect_left`: the first index whose item is not less than `x`. */
  bisectLeft(x: T): number {
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#cmp(this.#items[mid] as T, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Python: `bisect_right`: the first index whose item is greater than `x`. */
  bisectRight(x: T): number {
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#cmp(x, this.#items[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  at(i: number): T {
    return this.#items[this.#index(i)] as T;
  }

  /** Python: `xs.pop(i=-1)`. */
  pop(i = -1): T {
    return this.#items.splice(this.#index(i), 1)[0] as T;
  }

  /** sortedcontainers' `irange(min, max, inclusive)`: the items between `min` and `max`, in order. */
  irange(min: T, max: T, inclusive: [boolean, boolean] = [true, true]): T[] {
    const lo = inclusive[0] ? this.bisectLeft(min) : this.bisectRight(min);
    const hi = inclusive[1] ? this.bisectRight(max) : this.bisectLeft(max);
    return this.#items.slice(lo, Math.max(lo, hi));
  }

  toArray(): T[] {
    return [...this.#items];
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.#items[Symbol.iterator]();
  }

  #index(i: number): number {
    const at = i < 0 ? i + this.#items.length : i;
    if (!Number.isInteger(at) || at < 0 || at >= this.#items.length) throw new RangeError(`index ${i} out of range`);
    return at;
  }
}
