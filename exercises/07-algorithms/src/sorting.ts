import { todo } from '@roadmap/todo';

/**
 * Five sorts, each returning a new array and leaving its input alone, like Python's `sorted()`.
 *
 * ```python
 * sorted(a)                                  # ascending by <
 * sorted(a, key=cmp_to_key(cmp))             # by a three-way comparator
 * ```
 * ```ts
 * mergeSort(a);                              // ascending by <
 * mergeSort(a, (x, y) => y - x);             // by a comparator: < 0, 0 or > 0
 * ```
 * A comparator `cmp(x, y)` returns a negative number when `x` goes first, a positive one when
 * `y` goes first, and 0 for a tie.
 */

/**
 * The default order: ascending by `<`, as Python's `sorted()` compares. Not `Array.prototype.sort`'s
 * default, which converts to strings (`[10, 9].sort()` is `[10, 9]`).
 */
export function ascending<T>(x: T, y: T): number {
  // TODO: -1 when x < y, 1 when y < x, 0 otherwise.
  return todo('ascending');
}

/** Python: `sorted(a, key=cmp_to_key(cmp))`: stable merge sort, O(n log n). */
export function mergeSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  // TODO: copy `a`, split in halves, sort each, merge. On a tie take the element from the left
  // half, so equal elements keep their input order (stability).
  return todo('mergeSort');
}

/** Quicksort with a three-way (Dutch national flag) partition: fast on many equal keys. */
export function quickSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  // TODO: copy `a`; pick the pivot at a random index (a seeded generator such as mulberry32 from
  // @roadmap/testkit, not Math.random); partition into < pivot, == pivot, > pivot in one pass;
  // recurse into the outer two parts only.
  return todo('quickSort');
}

/** Heapsort: build a max-heap in place, then move the maximum to the end n times. O(n log n). */
export function heapSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  // TODO: copy `a`; sift down every parent from n/2 - 1 to 0; then repeatedly swap the root
  // with the last element of the heap, shrink the heap by one, and sift the new root down.
  return todo('heapSort');
}

/**
 * Counting sort of non-negative integers: O(n + max(a)) time and memory, no comparisons.
 * Throws `RangeError` for a negative, fractional or unsafe number.
 */
export function countingSort(a: readonly number[]): number[] {
  // TODO: validate (Number.isSafeInteger, >= 0), count each value, then write the values out
  // in order, each as many times as it was counted.
  return todo('countingSort');
}

/**
 * LSD radix sort of non-negative integers up to `Number.MAX_SAFE_INTEGER` (2^53 - 1), base 256:
 * one stable counting pass per byte (8-bit digit), least significant first.
 * Throws `RangeError` for a negative, fractional or unsafe number.
 */
export function radixSort(a: readonly number[]): number[] {
  // TODO: validate; then for each digit (Math.floor(x / div) % 256, div = 1, 256, 256^2, ...)
  // while max / div >= 1, do a stable counting pass from one buffer into the other.
  return todo('radixSort');
}
