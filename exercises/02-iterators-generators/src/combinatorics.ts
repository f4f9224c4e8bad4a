import { todo } from '@roadmap/todo';

type Item<I> = I extends Iterable<infer T> ? T : never;

/** Python's `repeat=` keyword of `itertools.product`. */
export interface ProductOptions {
  repeat: number;
}

/**
 * Python: `itertools.product(*iterables, repeat=1)`: the Cartesian product, as nested for-loops
 * where the rightmost loop turns fastest: `product('AB', 'xy')` is Ax Ay Bx By.
 * `product(it, { repeat: 3 })` is `product(it, it, it)`; with several iterables the options come
 * last: `product('AB', 'xy', { repeat: 2 })`. Each input is read once, up front (generators too).
 * Every result is a new array. A negative `repeat` throws a `RangeError` at the call.
 */
export function product<T>(it: Iterable<T>, options: ProductOptions): Generator<T[], void, undefined>;
export function product<Its extends Iterable<unknown>[]>(...its: Its): Generator<{ -readonly [K in keyof Its]: Item<Its[K]> }, void, undefined>;
export function product<T>(...args: [...Iterable<T>[], ProductOptions]): Generator<T[], void, undefined>;
export function product(...args: Array<Iterable<unknown> | ProductOptions>): Generator<unknown[], void, undefined> {
  // TODO: split off the options, copy each iterable into an array once, repeat the list of
  // pools, then count through index tuples like an odometer (last position first).
  return todo('product');
}

/**
 * Python: `itertools.permutations(iterable, r=None)`: ordered arrangements of `r` items
 * (default: all of them), in lexicographic order of positions: `permutations('ABC', 2)` is
 * AB AC BA BC CA CB. Items are told apart by position, not value, so repeated values give
 * repeated results. `r > n` gives nothing; `r = 0` gives one empty array. A negative or
 * fractional `r` throws a `RangeError` at the call.
 */
export function permutations<T>(it: Iterable<T>, r?: number): Generator<T[], void, undefined> {
  // TODO: copy the input, check r now, then yield arrangements of unused positions, smallest first.
  return todo('permutations');
}

/**
 * Python: `itertools.combinations(iterable, r)`: `r`-item selections in input order, in
 * lexicographic order of positions: `combinations('ABCD', 2)` is AB AC AD BC BD CD.
 */
export function combinations<T>(it: Iterable<T>, r: number): Generator<T[], void, undefined> {
  // TODO: check r now, copy the input, then yield increasing position tuples in lexicographic order.
  return todo('combinations');
}

/**
 * Python: `itertools.combinations_with_replacement(iterable, r)`: like `combinations`, but an
 * item may be chosen again: `combinationsWithReplacement('ABC', 2)` is AA AB AC BB BC CC.
 */
export function combinationsWithReplacement<T>(it: Iterable<T>, r: number): Generator<T[], void, undefined> {
  // TODO: like combinations, but a position may repeat (non-decreasing tuples).
  return todo('combinationsWithReplacement');
}
