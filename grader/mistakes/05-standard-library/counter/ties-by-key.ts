// Mistake: breaks mostCommon ties alphabetically instead of by first insertion, and minus keeps negative counts like subtract.
export class Counter<T> implements Iterable<[T, number]> {
  #counts = new Map<T, number>();

  constructor(iterable?: Iterable<T> | null) {
    if (iterable) this.update(iterable);
  }

  static fromEntries<T>(entries: Iterable<readonly [T, number]>): Counter<T> {
    const c = new Counter<T>();
    for (const [item, count] of entries) c.set(item, count);
    return c;
  }

  get(item: T): number {
    return this.#counts.get(item) ?? 0;
  }

  set(item: T, count: number): this {
    this.#counts.set(item, count);
    return this;
  }

  has(item: T): boolean {
    return this.#counts.has(item);
  }

  delete(item: T): boolean {
    return this.#counts.delete(item);
  }

  get size(): number {
    return this.#counts.size;
  }

  update(items: Iterable<T> | Counter<T>): this {
    if (items instanceof Counter) for (const [item, count] of items) this.set(item, this.get(item) + count);
    else for (const item of items) this.set(item, this.get(item) + 1);
    return this;
  }

  subtract(items: Iterable<T> | Counter<T>): this {
    if (items instanceof Counter) for (const [item, count] of items) this.set(item, this.get(item) - count);
    else for (const item of items) this.set(item, this.get(item) - 1);
    return this;
  }

  mostCommon(n?: number): [T, number][] {
    const all = [...this.#counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
    if (n == null) return all;
    return n <= 0 ? [] : all.slice(0, n);
  }

  *elements(): Generator<T, void, undefined> {
    for (const [item, count] of this.#counts) for (let i = 0; i < count; i++) yield item;
  }

  total(): number {
    let sum = 0;
    for (const count of this.#counts.values()) sum += count;
    return sum;
  }

  plus(other: Counter<T>): Counter<T> {
    const out = Counter.fromEntries(this.#counts);
    out.update(other);
    return Counter.fromEntries([...out].filter(([, c]) => c > 0));
  }

  minus(other: Counter<T>): Counter<T> {
    return Counter.fromEntries(this.#counts).subtract(other);
  }

  union(other: Counter<T>): Counter<T> {
    const out = new Counter<T>();
    for (const [k, v] of this.#counts) if (Math.max(v, other.get(k)) > 0) out.set(k, Math.max(v, other.get(k)));
    for (const [k, v] of other) if (!this.has(k) && v > 0) out.set(k, v);
    return out;
  }

  intersection(other: Counter<T>): Counter<T> {
    const out = new Counter<T>();
    for (const [k, v] of this.#counts) if (Math.min(v, other.get(k)) > 0) out.set(k, Math.min(v, other.get(k)));
    return out;
  }

  keys(): IterableIterator<T> {
    return this.#counts.keys();
  }

  entries(): IterableIterator<[T, number]> {
    return this.#counts.entries();
  }

  [Symbol.iterator](): IterableIterator<[T, number]> {
    return this.#counts.entries();
  }
}
