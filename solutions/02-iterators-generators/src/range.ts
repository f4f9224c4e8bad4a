/**
 * Python's `range` object: a lazy, re-iterable sequence of integers with O(1) `len`, indexing
 * and `in`. Unlike a generator, you can iterate it as many times as you like.
 */
export interface Range extends Iterable<number> {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** Python `len(r)`: `max(0, ceil((stop - start) / step))`. */
  readonly length: number;
  /** Python `r[i]`; a negative `i` counts from the end. `undefined` when out of range. */
  at(i: number): number | undefined;
  /** Python `x in r`, in O(1). */
  includes(x: number): boolean;
}

/**
 * Python:
 * ```python
 * range(5)           # 0 1 2 3 4
 * range(2, 8)        # 2 3 4 5 6 7
 * range(10, 0, -3)   # 10 7 4 1
 * range(0, -5)       # empty: the default step is 1
 * ```
 * TypeScript: the same calls, `[...range(10, 0, -3)]`. With one argument it is the stop.
 * Throws a `TypeError` for a non-integer argument and a `RangeError` for step 0, straight away
 * (not when iterated), as Python raises at `range(...)`.
 */
export function range(stop: number): Range;
export function range(start: number, stop: number, step?: number): Range;
export function range(startOrStop: number, stop?: number, step = 1): Range {
  const [start, end] = stop === undefined ? [0, startOrStop] : [startOrStop, stop];
  for (const [name, v] of [['start', start], ['stop', end], ['step', step]] as const) {
    if (!Number.isSafeInteger(v)) throw new TypeError(`range() ${name} must be an integer, got ${v}`);
  }
  if (step === 0) throw new RangeError('range() step must not be zero');

  // The count of values k >= 0 with start + k*step strictly before stop (in the step's direction).
  const length = Math.max(0, Math.ceil((end - start) / step));

  return {
    start,
    stop: end,
    step,
    length,
    // A method, not a stored generator: every for...of calls it again and starts afresh.
    *[Symbol.iterator]() {
      for (let k = 0; k < length; k++) yield start + k * step;
    },
    at(i: number) {
      const k = i < 0 ? i + length : i;
      return Number.isInteger(k) && k >= 0 && k < length ? start + k * step : undefined;
    },
    includes(x: number) {
      if (!Number.isInteger(x)) return false;
      const k = (x - start) / step; // the index x would have
      return Number.isInteger(k) && k >= 0 && k < length;
    },
  };
}
