// Mistake: a two-way Lomuto partition around the last element: quadratic on sorted input and on many equal keys.
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
  return x < y ? -1 : y < x ? 1 : 0;
}

/** Python: `sorted(a, key=cmp_to_key(cmp))`: stable merge sort, O(n log n). */
export function mergeSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  const out = a.slice();
  // A copy, not `new Array(n)`: V8 stores a large array made with `new Array(n)` as a slow
  // dictionary of holes; a copy is a packed array from the start.
  const scratch = out.slice();
  const sort = (lo: number, hi: number): void => {
    if (hi - lo < 2) return;
    const mid = (lo + hi) >>> 1;
    sort(lo, mid);
    sort(mid, hi);
    for (let k = lo; k < hi; k++) scratch[k] = out[k]!;
    let i = lo;
    let j = mid;
    for (let k = lo; k < hi; k++) {
      // Take from the left run unless the right element is strictly smaller: on a tie the
      // element that came first in the input stays first. That is what makes it stable.
      if (j >= hi || (i < mid && cmp(scratch[i]!, scratch[j]!) <= 0)) out[k] = scratch[i++]!;
      else out[k] = scratch[j++]!;
    }
  };
  sort(0, out.length);
  return out;
}

/** Quicksort with a three-way (Dutch national flag) partition: fast on many equal keys. */
export function quickSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  const out = a.slice();
  const swap = (i: number, j: number) => {
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  };
  // Two-way Lomuto partition around the last element: equal keys all land on one side.
  const sort = (lo: number, hi: number): void => {
    if (lo >= hi) return;
    const pivot = out[hi]!;
    let store = lo;
    for (let i = lo; i < hi; i++) if (cmp(out[i]!, pivot) <= 0) swap(i, store++);
    swap(store, hi);
    sort(lo, store - 1);
    sort(store + 1, hi);
  };
  sort(0, out.length - 1);
  return out;
}

/** Heapsort: build a max-heap in place, then move the maximum to the end n times. O(n log n). */
export function heapSort<T>(a: readonly T[], cmp: (x: T, y: T) => number = ascending): T[] {
  const out = a.slice();
  const n = out.length;
  const siftDown = (start: number, end: number): void => {
    let i = start;
    const item = out[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= end) break;
      if (child + 1 < end && cmp(out[child + 1]!, out[child]!) > 0) child++;
      if (cmp(out[child]!, item) <= 0) break;
      out[i] = out[child]!;
      i = child;
    }
    out[i] = item;
  };
  for (let i = (n >>> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let end = n - 1; end > 0; end--) {
    const top = out[0]!;
    out[0] = out[end]!;
    out[end] = top;
    siftDown(0, end);
  }
  return out;
}

const checkNonNegativeIntegers = (a: readonly number[], name: string): void => {
  for (const x of a) {
    if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${name} sorts non-negative integers; got ${x}`);
  }
};

/**
 * Counting sort of non-negative integers: O(n + max(a)) time and memory, no comparisons.
 * Throws `RangeError` for a negative, fractional or unsafe number.
 */
export function countingSort(a: readonly number[]): number[] {
  checkNonNegativeIntegers(a, 'countingSort');
  let max = -1;
  for (const x of a) if (x > max) max = x;
  const counts = new Uint32Array(max + 1); // typed arrays start filled with 0
  for (const x of a) counts[x]!++;
  const out = a.slice(); // every slot is overwritten below
  let k = 0;
  for (let v = 0; v <= max; v++) for (let c = counts[v]!; c > 0; c--) out[k++] = v;
  return out;
}

/**
 * LSD radix sort of non-negative integers up to `Number.MAX_SAFE_INTEGER` (2^53 - 1), base 256:
 * one stable counting pass per byte (8-bit digit), least significant first.
 * Throws `RangeError` for a negative, fractional or unsafe number.
 */
export function radixSort(a: readonly number[]): number[] {
  checkNonNegativeIntegers(a, 'radixSort');
  const BASE = 256;
  let max = 0;
  for (const x of a) if (x > max) max = x;
  let src = a.slice();
  let dst = a.slice(); // scratch of the same length (copies are packed; `new Array(n)` is not)
  const counts = new Uint32Array(BASE + 1);
  // Digits by division, not bit operators: `x >> 16` and `x & 0xffff` work on 32-bit integers
  // and silently corrupt anything from 2^31 up. Dividing by a power of two is exact in doubles.
  for (let div = 1; Math.floor(max / div) > 0; div *= BASE) {
    counts.fill(0);
    for (const x of src) counts[(Math.floor(x / div) % BASE) + 1]!++;
    for (let d = 0; d < BASE; d++) counts[d + 1]! += counts[d]!; // counts[d] = first slot of digit d
    for (const x of src) dst[counts[Math.floor(x / div) % BASE]!++] = x;
    [src, dst] = [dst, src];
  }
  return src;
}
