import { todo } from '@roadmap/todo';

/** Ascending by `<`, like Python's comparisons (numbers numerically, strings by code unit). */
const natural = <T>(a: T, b: T): number => (a < b ? -1 : b < a ? 1 : 0);

/**
 * Python: `heapq`, a binary min-heap stored in a plain list: the children of slot `i` are
 * `2i + 1` and `2i + 2`, and every parent is <= its children.
 *
 * ```python
 * h = [5, 3, 8, 1]
 * heapq.heapify(h)              # [1, 3, 8, 5], O(n)
 * heapq.heappush(h, 2)
 * heapq.heappop(h)              # 1
 * heapq.heappushpop(h, 0)       # 0: push then pop, in one sift
 * heapq.heapreplace(h, 9)       # pop then push
 * heapq.nsmallest(2, data)
 * ```
 *
 * ```ts
 * const h = MinHeap.heapify([5, 3, 8, 1]);
 * h.toArray();                  // [1, 3, 8, 5]: the same layout as heapq
 * h.push(2); h.pop(); h.pushPop(0); h.replace(9);
 * nSmallest(2, data);
 * ```
 *
 * With distinct values, `toArray()` must match heapq's list slot for slot: `heapify` is the O(n)
 * bottom-up build (sift down every parent, last parent first), `push` sifts up, `pop` moves the
 * last item to the root and sifts it down. `pop`/`replace` on an empty heap throw `RangeError`.
 */
export class MinHeap<T> {
  // TODO: private fields: the items array (#items) and the comparison (#cmp).

  constructor(cmp: (a: T, b: T) => number = natural) {
    // TODO
    todo('MinHeap');
  }

  /** Python: `heapq.heapify(list(items))`: O(n) bottom-up. */
  static heapify<T>(items: Iterable<T>, cmp?: (a: T, b: T) => number): MinHeap<T> {
    // TODO: copy the items, then sift down every parent from the last one (n/2 - 1) to the root.
    return todo('MinHeap.heapify');
  }

  get size(): number {
    // TODO
    return todo('MinHeap.size');
  }

  /** Python: `h[0]`: the smallest item, or `undefined` when empty. */
  peek(): T | undefined {
    // TODO
    return todo('MinHeap.peek');
  }

  /** Python: `heapq.heappush(h, x)`. */
  push(x: T): void {
    // TODO: append, then sift up.
    todo('MinHeap.push');
  }

  /** Python: `heapq.heappop(h)`. */
  pop(): T {
    // TODO: move the last item to the root, then sift down.
    return todo('MinHeap.pop');
  }

  /** Python: `heapq.heappushpop(h, x)`: push x, then pop the smallest (x itself if it is smallest). */
  pushPop(x: T): T {
    // TODO
    return todo('MinHeap.pushPop');
  }

  /** Python: `heapq.heapreplace(h, x)`: pop the smallest, then push x (the result may be larger than x). */
  replace(x: T): T {
    // TODO
    return todo('MinHeap.replace');
  }

  /** The underlying array, in heap order (a copy). */
  toArray(): T[] {
    // TODO
    return todo('MinHeap.toArray');
  }
}

/**
 * Python: `heapq.nsmallest(n, items)`: the same as `sorted(items)[:n]` (stable: equal items keep
 * their input order), in O(N log n) with a bounded heap.
 */
export function nSmallest<T>(n: number, items: Iterable<T>, cmp: (a: T, b: T) => number = natural): T[] {
  // TODO: keep the n best so far in a heap whose root is the worst of them (invert the comparison),
  // breaking ties by input position so the result is stable.
  return todo('nSmallest');
}

/** Python: `heapq.nlargest(n, items)`: the same as `sorted(items, reverse=True)[:n]` (stable too). */
export function nLargest<T>(n: number, items: Iterable<T>, cmp: (a: T, b: T) => number = natural): T[] {
  // TODO
  return todo('nLargest');
}
