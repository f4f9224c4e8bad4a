// Mistake: insert validates the index like get does (RangeError), but Python's list.insert clamps it, so insert(len, x) and insert(99, x) append.
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
  #slots: (T | undefined)[] = new Array<T | undefined>(1);
  #length = 0;

  constructor(items?: Iterable<T> | null) {
    if (items) for (const x of items) this.push(x);
  }

  /** Python: `len(xs)`. */
  get length(): number {
    return this.#length;
  }

  /** The number of slots in the backing array. */
  get capacity(): number {
    return this.#slots.length;
  }

  /** Python: `xs[i]`. */
  get(i: number): T {
    return this.#slots[this.#index(i)] as T;
  }

  /** Python: `xs[i] = value`. */
  set(i: number, value: T): void {
    this.#slots[this.#index(i)] = value;
  }

  /** Python: `xs.append(value)`. Amortised O(1). */
  push(value: T): void {
    this.#growIfFull();
    this.#slots[this.#length++] = value;
  }

  /** Python: `xs.pop()`: removes and returns the last item; `RangeError` when empty. */
  pop(): T {
    if (this.#length === 0) throw new RangeError('pop from empty list');
    return this.removeAt(this.#length - 1);
  }

  /** Python: `xs.insert(i, value)`: a negative `i` counts from the end; `i` is clamped to [0, length]. */
  insert(i: number, value: T): void {
    const at = this.#index(i);
    this.#growIfFull();
    for (let j = this.#length; j > at; j--) this.#slots[j] = this.#slots[j - 1];
    this.#slots[at] = value;
    this.#length++;
  }

  /** Python: `xs.pop(i)`: removes and returns item `i`; `RangeError` when out of range. */
  removeAt(i: number): T {
    const at = this.#index(i);
    const value = this.#slots[at] as T;
    for (let j = at; j < this.#length - 1; j++) this.#slots[j] = this.#slots[j + 1];
    this.#slots[--this.#length] = undefined;
    if (this.#length <= this.#slots.length / 4 && this.#slots.length > 1) this.#resize(this.#slots.length / 2);
    return value;
  }

  /** Python: `list(xs)`. */
  toArray(): T[] {
    return this.#slots.slice(0, this.#length) as T[];
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    for (let i = 0; i < this.#length; i++) yield this.#slots[i] as T;
  }

  #index(i: number): number {
    const at = i < 0 ? i + this.#length : i;
    if (!Number.isInteger(at) || at < 0 || at >= this.#length) throw new RangeError(`list index ${i} out of range`);
    return at;
  }

  #growIfFull(): void {
    if (this.#length === this.#slots.length) this.#resize(this.#slots.length * 2);
  }

  // Allocate the new block and copy: the O(n) step that doubling makes rare.
  #resize(capacity: number): void {
    const next = new Array<T | undefined>(capacity);
    for (let i = 0; i < this.#length; i++) next[i] = this.#slots[i];
    this.#slots = next;
  }
}
