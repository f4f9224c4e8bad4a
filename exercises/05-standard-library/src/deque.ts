import { todo } from '@roadmap/todo';
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
 *
 * Errors: `pop`/`popLeft` on an empty deque and `at` out of range throw `IndexError`; a
 * `maxLen` that is not a non-negative integer throws `ValueError` (both from `./_errors.ts`).
 */
export class Deque<T> implements Iterable<T> {
  /** Python: `d.maxlen` (`undefined` for unbounded). */
  readonly maxLen: number | undefined;
  // TODO: private fields for the ring buffer, e.g. #buf, #head (leftmost slot), #size.

  constructor(iterable?: Iterable<T> | null, options: DequeOptions = {}) {
    // TODO: validate options.maxLen, allocate the buffer, then extend with the iterable.
    this.maxLen = options.maxLen;
    todo('Deque');
  }

  /** Python: `len(d)`. */
  get length(): number {
    // TODO
    return todo('Deque.length');
  }

  /** Python: `d.append(x)`: add on the right; when full, the leftmost item falls off. */
  append(x: T): void {
    // TODO: grow the buffer when it is full (not when maxLen is reached: then drop from the left).
    todo('Deque.append');
  }

  /** Python: `d.appendleft(x)`: add on the left; when full, the rightmost item falls off. */
  appendLeft(x: T): void {
    // TODO
    todo('Deque.appendLeft');
  }

  /** Python: `d.pop()`: remove and return the rightmost item; `IndexError` when empty. */
  pop(): T {
    // TODO
    return todo('Deque.pop');
  }

  /** Python: `d.popleft()`: remove and return the leftmost item; `IndexError` when empty. */
  popLeft(): T {
    // TODO
    return todo('Deque.popLeft');
  }

  /** Python: `d.extend(iterable)`: append each item in turn. */
  extend(items: Iterable<T>): void {
    // TODO
    todo('Deque.extend');
  }

  /** Python: `d.extendleft(iterable)`: appendleft each item in turn, so they end up reversed. */
  extendLeft(items: Iterable<T>): void {
    // TODO
    todo('Deque.extendLeft');
  }

  /** Python: `d.rotate(n=1)`: move n items from the right end to the left (n < 0: left to right). */
  rotate(n = 1): void {
    // TODO: only n modulo the length matters; an empty deque is left alone.
    todo('Deque.rotate');
  }

  /** Python: `d[i]`, negative indexes from the right; `IndexError` when out of range. */
  at(i: number): T {
    // TODO
    return todo('Deque.at');
  }

  /** Python: `d.clear()`. */
  clear(): void {
    // TODO
    todo('Deque.clear');
  }

  /** Left to right. */
  *[Symbol.iterator](): Generator<T, void, undefined> {
    // TODO
    return todo('Deque[Symbol.iterator]');
  }

  /** Python: `list(d)`. */
  toArray(): T[] {
    // TODO
    return todo('Deque.toArray');
  }
}
