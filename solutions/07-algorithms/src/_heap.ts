/**
 * A binary min-heap of values keyed by a priority (a number, or a string compared by `<` as
 * Python compares str): what Python's `heapq` gives you with `(priority, value)` tuples. It is
 * given to you (JavaScript has no built-in heap); use it in `dijkstra`, `topoSort` and `mstPrim`.
 *
 * ```python
 * heap = []
 * heapq.heappush(heap, (2.5, "b"))
 * d, v = heapq.heappop(heap)        # smallest priority first
 * while heap: ...
 * ```
 * ```ts
 * const heap = new PriorityQueue<string>();
 * heap.push(2.5, 'b');
 * const [d, v] = heap.pop()!;       // smallest priority first
 * while (heap.size > 0) { ... }
 * ```
 * Ties between equal priorities come out in no particular order. String priorities:
 * `new PriorityQueue<string, string>()`, then `heap.push(name, name)`.
 */
export class PriorityQueue<T, P extends number | string = number> {
  private readonly keys: P[] = [];
  private readonly values: T[] = [];

  /** How many entries are waiting; Python's `len(heap)`. */
  get size(): number {
    return this.keys.length;
  }

  /** Adds `value` with `priority`; O(log n). */
  push(priority: P, value: T): void {
    this.keys.push(priority);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= this.keys[i]!) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The entry with the smallest priority as `[priority, value]`, without removing it. */
  peek(): [priority: P, value: T] | undefined {
    return this.keys.length === 0 ? undefined : [this.keys[0]!, this.values[0]!];
  }

  /** Removes and returns the entry with the smallest priority; `undefined` when empty. O(log n). */
  pop(): [priority: P, value: T] | undefined {
    const n = this.keys.length;
    if (n === 0) return undefined;
    const top: [P, T] = [this.keys[0]!, this.values[0]!];
    this.swap(0, n - 1);
    this.keys.pop();
    this.values.pop();
    let i = 0;
    const m = n - 1;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < m && this.keys[l]! < this.keys[smallest]!) smallest = l;
      if (r < m && this.keys[r]! < this.keys[smallest]!) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
    [this.values[i], this.values[j]] = [this.values[j]!, this.values[i]!];
  }
}
