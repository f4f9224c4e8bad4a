import { todo } from '@roadmap/todo';

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
  // TODO: work out start and stop (one argument means stop), validate, and return an object
  // whose [Symbol.iterator] is a generator counting from start towards stop by step.
  return todo('range');
}
