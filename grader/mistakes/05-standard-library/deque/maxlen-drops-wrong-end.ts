// Mistake: when the deque is full, appendLeft drops the leftmost item (the one just added side) instead of the rightmost.
import { IndexError, ValueError } from './_errors.ts';

export interface DequeOptions {
  maxLen?: number;
}

export class Deque<T> implements Iterable<T> {
  readonly maxLen: number | undefined;
  #items: T[] = [];

  constructor(iterable?: Iterable<T> | null, options: DequeOptions = {}) {
    if (options.maxLen !== undefined && options.maxLen < 0) throw new ValueError('maxLen must be non-negative');
    this.maxLen = options.maxLen;
    if (iterable) this.extend(iterable);
  }

  get length(): number {
    return this.#items.length;
  }

  append(x: T): void {
    if (this.maxLen === 0) return;
    if (this.#items.length === this.maxLen) this.#items.shift();
    this.#items.push(x);
  }

  appendLeft(x: T): void {
    if (this.maxLen === 0) return;
    if (this.#items.length === this.maxLen) this.#items.shift();
    this.#items.unshift(x);
  }

  pop(): T {
    if (this.#items.length === 0) throw new IndexError('pop from an empty deque');
    return this.#items.pop() as T;
  }

  popLeft(): T {
    if (this.#items.length === 0) throw new IndexError('pop from an empty deque');
    return this.#items.shift() as T;
  }

  extend(items: Iterable<T>): void {
    for (const x of [...items]) this.append(x);
  }

  extendLeft(items: Iterable<T>): void {
    for (const x of [...items]) this.appendLeft(x);
  }

  rotate(n = 1): void {
    const len = this.#items.length;
    if (len === 0) return;
    const k = ((n % len) + len) % len;
    this.#items = [...this.#items.slice(len - k), ...this.#items.slice(0, len - k)];
  }

  at(i: number): T {
    const j = i < 0 ? i + this.#items.length : i;
    if (j < 0 || j >= this.#items.length) throw new IndexError('deque index out of range');
    return this.#items[j] as T;
  }

  clear(): void {
    this.#items = [];
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    yield* this.#items;
  }

  toArray(): T[] {
    return [...this.#items];
  }
}
