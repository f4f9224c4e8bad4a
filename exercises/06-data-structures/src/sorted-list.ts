import { todo } from '@roadmap/todo';

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
  // TODO: private fields: the sorted items array and the comparison.

  constructor(items?: Iterable<T> | null, cmp: (a: T, b: T) => number = natural) {
    // TODO
    todo('SortedList');
  }

  get length(): number {
    // TODO
    return todo('SortedList.length');
  }

  /** Inserts after any equal items: O(log n) to find the place, O(n) to shift. */
  add(x: T): void {
    // TODO: splice at bisectRight(x).
    todo('SortedList.add');
  }

  update(items: Iterable<T>): void {
    // TODO
    todo('SortedList.update');
  }

  /** Removes the leftmost item equal to `x`; returns whether there was one. */
  remove(x: T): boolean {
    // TODO
    return todo('SortedList.remove');
  }

  has(x: T): boolean {
    // TODO
    return todo('SortedList.has');
  }

  /** The index of the leftmost item equal to `x`, or -1. */
  indexOf(x: T): number {
    // TODO
    return todo('SortedList.indexOf');
  }

  /** How many items equal `x`. */
  count(x: T): number {
    // TODO
    return todo('SortedList.count');
  }

  /** Python: `bisect_left`: the first index whose item is not less than `x`. */
  bisectLeft(x: T): number {
    // TODO: binary search on [lo, hi).
    return todo('SortedList.bisectLeft');
  }

  /** Python: `bisect_right`: the first index whose item is greater than `x`. */
  bisectRight(x: T): number {
    // TODO
    return todo('SortedList.bisectRight');
  }

  at(i: number): T {
    // TODO
    return todo('SortedList.at');
  }

  /** Python: `xs.pop(i=-1)`. */
  pop(i = -1): T {
    // TODO
    return todo('SortedList.pop');
  }

  /** sortedcontainers' `irange(min, max, inclusive)`: the items between `min` and `max`, in order. */
  irange(min: T, max: T, inclusive: [boolean, boolean] = [true, true]): T[] {
    // TODO: two bisections; which one depends on whether each end is inclusive.
    return todo('SortedList.irange');
  }

  toArray(): T[] {
    // TODO
    return todo('SortedList.toArray');
  }

  [Symbol.iterator](): IterableIterator<T> {
    // TODO
    return todo('SortedList[Symbol.iterator]');
  }
}
