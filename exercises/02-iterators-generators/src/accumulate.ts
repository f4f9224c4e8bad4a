import { todo } from '@roadmap/todo';

/**
 * Python: `itertools.accumulate(iterable, func=operator.add, *, initial=None)`: running
 * results, `acc = fn(acc, x)`, yielded after every step. With `initial`, that value comes first:
 * `accumulate([1, 2, 3], undefined, 100)` is 100, 101, 103, 106. `undefined` plays `None` for
 * both optional arguments; the default `fn` is `+` (numbers add, strings concatenate).
 * Lazy: each result pulls one item (the first result with `initial` pulls none).
 */
export function accumulate<T>(it: Iterable<T>, fn?: (acc: T, x: T) => T): Generator<T, void, undefined>;
export function accumulate<T, A>(it: Iterable<T>, fn: ((acc: A, x: T) => A) | undefined, initial: A): Generator<A, void, undefined>;
export function accumulate<T, A>(it: Iterable<T>, fn?: (acc: A, x: T) => A, initial?: A): Generator<A, void, undefined> {
  // TODO: start from initial (yield it) or from the first item, then yield acc = fn(acc, x) per item.
  return todo('accumulate');
}

/** Python 3.10: `itertools.pairwise(iterable)`: overlapping pairs, 'ABCD' gives AB BC CD. */
export function pairwise<T>(it: Iterable<T>): Generator<[T, T], void, undefined> {
  // TODO: remember the previous item and yield [prev, x] from the second item on.
  return todo('pairwise');
}

/**
 * Python 3.12: `itertools.batched(iterable, n)`: arrays of `n` items, the last one possibly
 * shorter: 'ABCDEFG' by 3 gives ABC DEF G. Each batch pulls exactly the items it holds.
 * `n` must be an integer >= 1, else a `RangeError` at the call.
 */
export function batched<T>(it: Iterable<T>, n: number): Generator<T[], void, undefined> {
  // TODO: check n now, then return a generator that pulls up to n items per batch by hand.
  return todo('batched');
}
