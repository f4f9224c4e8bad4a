import { todo } from '@roadmap/todo';

/**
 * Python: `itertools.islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
 * A lazy slice of any iterable, infinite ones included. As in Python, a single number is the
 * stop, and `null` plays `None` (no limit / defaults). Arguments must be integers, start and
 * stop at least 0 and step at least 1; anything else throws a `RangeError` at the call, before
 * any iteration.
 *
 * It consumes its source exactly as CPython does: it skips to `start`, then pulls one item per
 * result, and after the last result it keeps skipping up to `stop`, never past it. If the
 * slice is empty it still consumes the first `start` items. (Only what the caller iterates is
 * consumed: nothing is pulled before the first `next()`.)
 */
export function islice<T>(it: Iterable<T>, stop: number | null): Generator<T, void, undefined>;
export function islice<T>(it: Iterable<T>, start: number | null, stop: number | null, step?: number | null): Generator<T, void, undefined>;
export function islice<T>(it: Iterable<T>, a: number | null, b?: number | null, c?: number | null): Generator<T, void, undefined> {
  // TODO: read the arguments like Python, validate them now, then return a generator (a
  // separate function*) that pulls from it[Symbol.iterator]() by hand.
  return todo('islice');
}

/** The first `n` items (`islice(it, n)`): pulls exactly `n` items, never one more. */
export function take<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  // TODO: the first n items: islice(it, n).
  return todo('take');
}

/** Everything after the first `n` items (`islice(it, n, None)`). */
export function drop<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  // TODO: skip n items, then yield the rest: islice(it, n, null).
  return todo('drop');
}

/**
 * Python: `itertools.takewhile(pred, iterable)`: items while `pred` holds. The first failing
 * item is pulled (that is how it is found) and dropped. Note the argument order: the iterable
 * comes first in this curriculum.
 */
export function takeWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  // TODO: yield items while pred holds; stop at the first one that fails.
  return todo('takeWhile');
}

/** Python: `itertools.dropwhile(pred, iterable)`: skips the leading run where `pred` holds, then yields everything. */
export function dropWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  // TODO: skip the leading items for which pred holds, then yield every item after that.
  return todo('dropWhile');
}
