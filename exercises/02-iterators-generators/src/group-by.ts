import { todo } from '@roadmap/todo';

/**
 * Python: `itertools.groupby(iterable, key=None)`: groups of *consecutive* items with the same
 * key, so `'AAAABBBCCDAABBB'` gives A, B, C, D, A, B (A and B come back). Sort first if you want
 * one group per key, as you would in Python.
 *
 * Yields `[key, items]` pairs, the items collected into an array (Python hands out a lazy
 * sub-iterator instead). Keys are compared like `Map` keys (SameValueZero: `===`, except that
 * NaN equals NaN), so return primitives from `key`; the default key is the item itself.
 * Works on infinite iterables: each group is yielded as soon as the first item of the next
 * group has been seen, and `key` runs once per item.
 */
export function groupBy<T>(it: Iterable<T>): Generator<[T, T[]], void, undefined>;
export function groupBy<T, K>(it: Iterable<T>, key: (x: T) => K): Generator<[K, T[]], void, undefined>;
export function groupBy<T, K>(it: Iterable<T>, key?: (x: T) => K): Generator<[K | T, T[]], void, undefined> {
  // TODO: pull by hand with one item of lookahead: the item that ends a group starts the next.
  return todo('groupBy');
}
