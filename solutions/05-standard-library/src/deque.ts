import { IndexError, ValueError } from './_errors.ts';

export interface DequeOptions {
  /** Python: `maxlen`. When full, adding at one end drops an item from the other end. */
  maxLen?: number;
}

/**
 * Python: `collections.deque`: a double-ended queue with O(1) appends and pops at both ends.
 *
 * ```python
 * d = deque([1, 2, 3, 4, 5])
 * d.rotate(2)                  # deque([4, 5, 1, 2, 3])
 * last3 = deque(maxlen=3)
 * for i in range(5):
 *     last3.append(i)          # deque([2, 3, 4], maxlen=3)
 * d.popleft(); d.appendleft(0); d[-1]
 * ```
 *
 * ```ts
 * const d = new Deque([1, 2, 3, 4, 5]);
 * d.rotate(2);                 // 4, 5, 1, 2, 3
 * const last3 = new Deque<number>([], { maxLen: 3 });
 * d.popLeft(); d.appendLeft(0); d.at(-1);
 * ```
 *
 * A ring buffer: a fixed-size array plus a head index and a length, so both ends are O(1)
 * (`Array.prototype.unshift`/`shift` move every element).
 */
export class Deque<T> implements Iterable<T> {
  /** Python: `d.maxlen` (`undefined` for unbounded). */
  readonly maxLen: number | undefined;
  #buf: (T | undefined)[];
  #head = 0; // index of the leftmost item
  #size = 0;

  constructor(iterable?: Iterable<T> | null, options: DequeOptions = {}) {
    const { maxLen } = options;
    if (maxLen !== undefined && !(Number.isInteger(maxLen) && maxLen >= 0)) {
      throw new ValueError(`maxLen must be a non-negative integer, got ${maxLen}`);
    }
    this.maxLen = maxLen;
    this.#buf = new Array<T | undefined>(8);
    if (iterable) this.extend(iterable);
  }

  /** Python: `len(d)`. */
  get length(): number {
    return this.#size;
  }

  /** Python: `d.append(x)`: add on the right; when full, the leftmost item falls off. */
  append(x: T): void {
    if (this.maxLen === 0) return;
    if (this.#size === this.maxLen) this.popLeft();
    this.#grow();
    this.#buf[this.#index(this.#size)] = x;
    this.#size++;
  }

  /** Python: `d.appendleft(x)`: add on the left; when full, the rightmost item falls off. */
  appendLeft(x: T): void {
    if (this.maxLen === 0) return;
    if (this.#size === this.maxLen) this.pop();
    this.#grow();
    this.#head = this.#index(-1);
    this.#buf[this.#head] = x;
    this.#size++;
  }

  /** Python: `d.pop()`: remove and return the rightmost item; `IndexError` when empty. */
  pop(): T {
    if (this.#size === 0) throw new IndexError('pop from an empty deque');
    const i = this.#index(this.#size - 1);
    const x = this.#buf[i] as T;
    this.#buf[i] = undefined; // let the garbage collector have it
    this.#size--;
    return x;
  }

  /** Python: `d.popleft()`: remove and return the leftmost item; `IndexError` when empty. */
  popLeft(): T {
    if (this.#size === 0) throw new IndexError('pop from an empty deque');
    const x = this.#buf[this.#head] as T;
    this.#buf[this.#head] = undefined;
    this.#head = this.#index(1);
    this.#size--;
    return x;
  }

  /** Python: `d.extend(iterable)`: append each item in turn. */
  extend(items: Iterable<T>): void {
    // Copy first: extending a deque with itself must not loop forever.
    for (const x of [...items]) this.append(x);
  }

  /** Python: `d.extendleft(iterable)`: appendleft each item in turn, so they end up reversed. */
  extendLeft(items: Iterable<T>): void {
    for (const x of [...items]) this.appendLeft(x);
  }

  /** Python: `d.rotate(n=1)`: move n items from the right end to the left (n < 0: left to right). */
  rotate(n = 1): void {
    if (this.#size <= 1) return;
    // Rotating by k to the right moves the head k places to the left; only n mod size matters.
    const k = ((n % this.#size) + this.#size) % this.#size;
    if (k === 0) return;
    if (this.#size === this.#buf.length) {
      this.#head = this.#index(this.#size - k);
      return;
    }
    // Otherwise move items one at a time, the short way round.
    if (k <= this.#size - k) for (let i = 0; i < k; i++) this.appendLeft(this.pop());
    else for (let i = 0; i < this.#size - k; i++) this.append(this.popLeft());
  }

  /** Python: `d[i]`, negative indexes from the right; `IndexError` when out of range. */
  at(i: number): T {
    const j = i < 0 ? i + this.#size : i;
    if (!Number.isInteger(j) || j < 0 || j >= this.#size) throw new IndexError('deque index out of range');
    return this.#buf[this.#index(j)] as T;
  }

  /** Python: `d.clear()`. */
  clear(): void {
    this.#buf = new Array<T | undefined>(8);
    this.#head = 0;
    this.#size = 0;
  }

  /** Left to right. */
  *[Symbol.iterator](): Generator<T, void, undefined> {
    for (let i = 0; i < this.#size; i++) yield this.#buf[this.#index(i)] as T;
  }

  /** Python: `list(d)`. */
  toArray(): T[] {
    return [...this];
  }

  // Physical slot of the i-th item from the left (i may be -1: the slot before the head).
  #index(i: number): number {
    const cap = this.#buf.length;
    return (((this.#head + i) % cap) + cap) % cap;
  }

  // Double the buffer when full, unrolling the ring so the head lands at 0.
  #grow(): void {
    if (this.#size < this.#buf.length) return;
    const next = new Array<T | undefined>(this.#buf.length * 2);
    for (let i = 0; i < this.#size; i++) next[i] = this.#buf[this.#index(i)];
    this.#buf = next;
    this.#head = 0;
  }
}
