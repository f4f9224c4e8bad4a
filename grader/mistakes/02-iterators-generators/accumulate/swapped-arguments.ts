// Mistake: calls fn(x, acc) instead of fn(acc, x), which only matters for functions like subtraction.
/**
 * Python: `itertools.accumulate(iterable, func=operator.add, *, initial=None)`: running
 * results, `acc = fn(acc, x)`, yielded after every step. With `initial`, that value comes first:
 * `accumulate([1, 2, 3], undefined, 100)` is 100, 101, 103, 106. `undefined` plays `None` for
 * both optional arguments; the default `fn` is `+` (numbers add, strings concatenate).
 * Lazy: each result pulls one item (the first result with `initial` pulls none).
 */
export function accumulate<T>(it: Iterable<T>, fn?: (acc: T, x: T) => T): Generator<T, void, undefined>;
export function accumulate<T, A>(it: Iterable<T>, fn: ((acc: A, x: T) => A) | undefined, initial: A): Generator<A, void, undefined>;
export function* accumulate<T, A>(it: Iterable<T>, fn?: (acc: A, x: T) => A, initial?: A): Generator<A, void, undefined> {
  // `+` on unknown values: what Python's operator.add does for numbers and strings.
  const step = fn ?? ((acc: A, x: T) => ((acc as never) + (x as never)) as A);
  const iterator = it[Symbol.iterator]();
  let acc: A;
  if (initial !== undefined) {
    acc = initial;
  } else {
    const first = iterator.next();
    if (first.done) return;
    acc = first.value as unknown as A; // without initial, the first item starts the total
  }
  yield acc;
  for (let r = iterator.next(); !r.done; r = iterator.next()) {
    acc = (step as unknown as (x: T, acc: A) => A)(r.value, acc);
    yield acc;
  }
}

/** Python 3.10: `itertools.pairwise(iterable)`: overlapping pairs, 'ABCD' gives AB BC CD. */
export function* pairwise<T>(it: Iterable<T>): Generator<[T, T], void, undefined> {
  let hasPrev = false;
  let prev!: T;
  for (const x of it) {
    if (hasPrev) yield [prev, x];
    prev = x;
    hasPrev = true;
  }
}

/**
 * Python 3.12: `itertools.batched(iterable, n)`: arrays of `n` items, the last one possibly
 * shorter: 'ABCDEFG' by 3 gives ABC DEF G. Each batch pulls exactly the items it holds.
 * `n` must be an integer >= 1, else a `RangeError` at the call.
 */
export function batched<T>(it: Iterable<T>, n: number): Generator<T[], void, undefined> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`batched() n must be an integer >= 1, got ${n}`);
  return batches(it, n);
}

function* batches<T>(it: Iterable<T>, n: number): Generator<T[], void, undefined> {
  const iterator = it[Symbol.iterator]();
  for (;;) {
    const batch: T[] = [];
    // Pull up to n items by hand; a for...of with break would close the source.
    while (batch.length < n) {
      const r = iterator.next();
      if (r.done) break;
      batch.push(r.value);
    }
    if (batch.length > 0) yield batch;
    if (batch.length < n) return; // the source ran out
  }
}
