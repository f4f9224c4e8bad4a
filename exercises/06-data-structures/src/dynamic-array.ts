import { todo } from '@roadmap/todo';

/**
 * Python: `list`, the growable array under `append`, `pop`, `insert` and `lst[i]`.
 *
 * ```python
 * xs = []
 * xs.append(1); xs.append(2)
 * xs.insert(-1, 9)      # [1, 9, 2]: negative indexes count from the end, then clamp
 * xs.pop()              # 2
 * xs.pop(0)             # 1
 * xs[-1]                # 9
 * ```
 *
 * ```ts
 * const xs = new DynamicArray<number>();
 * xs.push(1); xs.push(2);
 * xs.insert(-1, 9);
 * xs.pop(); xs.removeAt(0); xs.get(-1);
 * ```
 *
 * Storage is a fixed-size backing array of `capacity` slots. The capacity rules (CPython grows by
 * about 1.125× instead, but the idea is the same):
 * - it starts at 1;
 * - adding to a full array doubles it first;
 * - after a removal, when `length <= capacity / 4` and `capacity > 1`, it halves.
 *   Halving at a quarter rather than at a half means a push/pop pair at the boundary cannot make
 *   every operation copy the whole array.
 *
 * Indexes follow Python: negative ones count from the end; out of range throws `RangeError`.
 */
export class DynamicArray<T> implements Iterable<T> {
  // TODO: private fields: the backing array (#slots, created with 1 slot) and #length.

  constructor(items?: Iterable<T> | null) {
    // TODO: push every item.
    todo('DynamicArray');
  }

  /** Python: `len(xs)`. */
  get length(): number {
    // TODO
    return todo('DynamicArray.length');
  }

  /** The number of slots in the backing array. */
  get capacity(): number {
    // TODO
    return todo('DynamicArray.capacity');
  }

  /** Python: `xs[i]`. */
  get(i: number): T {
    // TODO
    return todo('DynamicArray.get');
  }

  /** Python: `xs[i] = value`. */
  set(i: number, value: T): void {
    // TODO
    todo('DynamicArray.set');
  }

  /** Python: `xs.append(value)`. Amortised O(1). */
  push(value: T): void {
    // TODO: double the capacity first when full (allocate a new array and copy).
    todo('DynamicArray.push');
  }

  /** Python: `xs.pop()`: removes and returns the last item; `RangeError` when empty. */
  pop(): T {
    // TODO
    return todo('DynamicArray.pop');
  }

  /** Python: `xs.insert(i, value)`: a negative `i` counts from the end; `i` is clamped to [0, length]. */
  insert(i: number, value: T): void {
    // TODO: shift the tail one slot to the right.
    todo('DynamicArray.insert');
  }

  /** Python: `xs.pop(i)`: removes and returns item `i`; `RangeError` when out of range. */
  removeAt(i: number): T {
    // TODO: shift the tail left, then halve the capacity if length <= capacity / 4 (and capacity > 1).
    return todo('DynamicArray.removeAt');
  }

  /** Python: `list(xs)`. */
  toArray(): T[] {
    // TODO
    return todo('DynamicArray.toArray');
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    // TODO
    return todo('DynamicArray[Symbol.iterator]');
  }
}
