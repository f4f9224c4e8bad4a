// Mistake: dropWhile pulls the first item that fails the predicate and then forgets to yield it.
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
  const oneArg = b === undefined;
  const start = oneArg ? 0 : (a ?? 0);
  const stop = oneArg ? a : b;
  const step = oneArg ? 1 : (c ?? 1);
  // Checked here, in a plain function: a generator function's body (checks included) would
  // not run until the first next().
  if (!Number.isInteger(start) || start < 0) throw new RangeError(`islice() start must be an integer >= 0 or null, got ${start}`);
  if (stop !== null && (!Number.isInteger(stop) || stop < 0)) throw new RangeError(`islice() stop must be an integer >= 0 or null, got ${stop}`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`islice() step must be an integer >= 1 or null, got ${step}`);
  return sliceItems(it, start, stop ?? Infinity, step);
}

function* sliceItems<T>(it: Iterable<T>, start: number, stop: number, step: number): Generator<T, void, undefined> {
  // Pull by hand: `for...of` with `break` would also call the source's return() and close it.
  const iterator = it[Symbol.iterator]();
  let pulled = 0; // items taken from the source so far
  let next = start; // index of the next item to yield
  for (;;) {
    while (pulled < next) {
      if (iterator.next().done) return;
      pulled++;
    }
    if (pulled >= stop) return;
    const r = iterator.next();
    if (r.done) return;
    pulled++;
    yield r.value;
    // CPython caps the next index at stop: the final skip consumes up to stop, never past it.
    next = Math.min(next + step, stop);
  }
}

/** The first `n` items (`islice(it, n)`): pulls exactly `n` items, never one more. */
export function take<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  return islice(it, n);
}

/** Everything after the first `n` items (`islice(it, n, None)`). */
export function drop<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  return islice(it, n, null);
}

/**
 * Python: `itertools.takewhile(pred, iterable)`: items while `pred` holds. The first failing
 * item is pulled (that is how it is found) and dropped. Note the argument order: the iterable
 * comes first in this curriculum.
 */
export function* takeWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  for (const x of it) {
    if (!pred(x)) return;
    yield x;
  }
}

/** Python: `itertools.dropwhile(pred, iterable)`: skips the leading run where `pred` holds, then yields everything. */
export function* dropWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  const iterator = it[Symbol.iterator]();
  let r = iterator.next();
  while (!r.done && pred(r.value)) r = iterator.next();
  // The item that failed the predicate is in r, but the loop below starts after it.
  for (r = iterator.next(); !r.done; r = iterator.next()) yield r.value;
}
