// Mistake: yields a group only when the next one starts, so the last group is lost.
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
export function* groupBy<T, K>(it: Iterable<T>, key?: (x: T) => K): Generator<[K | T, T[]], void, undefined> {
  const keyOf: (x: T) => K | T = key ?? ((x) => x);
  // Pull by hand: the item that ends a group has already been pulled and keyed, and it is the
  // first item of the next group.
  const iterator = it[Symbol.iterator]();
  let r = iterator.next();
  if (r.done) return;
  let currentKey = keyOf(r.value);
  let items = [r.value];
  for (;;) {
    r = iterator.next();
    if (r.done) return;
    const k = keyOf(r.value);
    if (sameValueZero(k, currentKey)) {
      items.push(r.value);
    } else {
      yield [currentKey, items];
      currentKey = k;
      items = [r.value];
    }
  }
}

/** The equality of Map keys: === except that NaN equals NaN. */
function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}
