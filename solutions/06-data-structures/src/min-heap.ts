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
  #items: T[] = [];
  readonly #cmp: (a: T, b: T) => number;

  constructor(cmp: (a: T, b: T) => number = natural) {
    this.#cmp = cmp;
  }

  /** Python: `heapq.heapify(list(items))`: O(n) bottom-up. */
  static heapify<T>(items: Iterable<T>, cmp?: (a: T, b: T) => number): MinHeap<T> {
    const heap = new MinHeap<T>(cmp);
    heap.#items = [...items];
    for (let i = (heap.#items.length >> 1) - 1; i >= 0; i--) heap.#siftDown(i);
    return heap;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Python: `h[0]`: the smallest item, or `undefined` when empty. */
  peek(): T | undefined {
    return this.#items[0];
  }

  /** Python: `heapq.heappush(h, x)`. */
  push(x: T): void {
    this.#items.push(x);
    this.#siftUp(this.#items.length - 1);
  }

  /** Python: `heapq.heappop(h)`. */
  pop(): T {
    if (this.#items.length === 0) throw new RangeError('pop from an empty heap');
    const last = this.#items.pop() as T;
    if (this.#items.length === 0) return last;
    const top = this.#items[0] as T;
    this.#items[0] = last;
    this.#siftDown(0);
    return top;
  }

  /** Python: `heapq.heappushpop(h, x)`: push x, then pop the smallest (x itself if it is smallest). */
  pushPop(x: T): T {
    if (this.#items.length === 0 || this.#cmp(x, this.#items[0] as T) <= 0) return x;
    const top = this.#items[0] as T;
    this.#items[0] = x;
    this.#siftDown(0);
    return top;
  }

  /** Python: `heapq.heapreplace(h, x)`: pop the smallest, then push x (the result may be larger than x). */
  replace(x: T): T {
    if (this.#items.length === 0) throw new RangeError('replace on an empty heap');
    const top = this.#items[0] as T;
    this.#items[0] = x;
    this.#siftDown(0);
    return top;
  }

  /** The underlying array, in heap order (a copy). */
  toArray(): T[] {
    return [...this.#items];
  }

  #siftUp(i: number): void {
    const a = this.#items;
    const x = a[i] as T;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#cmp(x, a[parent] as T) >= 0) break;
      a[i] = a[parent] as T;
      i = parent;
    }
    a[i] = x;
  }

  #siftDown(i: number): void {
    const a = this.#items;
    const n = a.length;
    const x = a[i] as T;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.#cmp(a[child + 1] as T, a[child] as T) < 0) child++;
      if (this.#cmp(a[child] as T, x) >= 0) break;
      a[i] = a[child] as T;
      i = child;
    }
    a[i] = x;
  }
}

/**
 * Python: `heapq.nsmallest(n, items)`: the same as `sorted(items)[:n]` (stable: equal items keep
 * their input order), in O(N log n) with a bounded heap.
 */
export function nSmallest<T>(n: number, items: Iterable<T>, cmp: (a: T, b: T) => number = natural): T[] {
  if (n <= 0) return [];
  // A max-heap (inverted comparison) of the n best so far, tagged with input order for stability.
  type Tagged = { x: T; i: number };
  const worstFirst = (a: Tagged, b: Tagged) => cmp(b.x, a.x) || b.i - a.i;
  const keep = new MinHeap<Tagged>(worstFirst);
  let i = 0;
  for (const x of items) {
    const t = { x, i: i++ };
    if (keep.size < n) keep.push(t);
    else if (worstFirst(t, keep.peek()!) > 0) keep.replace(t);
  }
  const out: Tagged[] = [];
  while (keep.size) out.push(keep.pop());
  return out.reverse().map((t) => t.x);
}

/** Python: `heapq.nlargest(n, items)`: the same as `sorted(items, reverse=True)[:n]` (stable too). */
export function nLargest<T>(n: number, items: Iterable<T>, cmp: (a: T, b: T) => number = natural): T[] {
  return nSmallest(n, items, (a, b) => cmp(b, a));
}
