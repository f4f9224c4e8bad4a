import { todo } from '@roadmap/todo';

/** The element type of an iterable: `ElementOf<string> = string`, `ElementOf<number[]> = number`. */
export type ElementOf<I> = I extends Iterable<infer T> ? T : never;

/** Python: `itertools.chain(*iterables)`: the first iterable's items, then the second's, and so on. */
export function chain<Its extends Iterable<unknown>[]>(...its: Its): Generator<ElementOf<Its[number]>, void, undefined> {
  // TODO: yield every item of each iterable in turn (`yield*` delegates to one).
  return todo('chain');
}

/**
 * Python: `itertools.chain.from_iterable(iterables)`: like `chain`, but the iterables come from
 * an iterable, which may be infinite: take the next one only when the current one is used up.
 */
export function chainFromIterable<I extends Iterable<unknown>>(its: Iterable<I>): Generator<ElementOf<I>, void, undefined> {
  // TODO: take the iterables one at a time from `its` and yield their items.
  return todo('chainFromIterable');
}

/**
 * Python: `zip(*iterables)`: tuples (arrays here) of the i-th items, stopping at the shortest.
 * Each round pulls from the iterables left to right and stops at the first one that is used up,
 * so items already pulled in that round are lost, as in Python. `zip()` yields nothing.
 * The result type is a tuple: `zip([1, 2], 'ab')` yields `[number, string]`.
 */
export function zip<Its extends Iterable<unknown>[]>(...its: Its): Generator<{ -readonly [K in keyof Its]: ElementOf<Its[K]> }, void, undefined> {
  // TODO: keep one iterator per input and yield a row per round until one is done.
  return todo('zip');
}

/**
 * Python: `itertools.zip_longest(*iterables, fillvalue=fill)`: runs until the longest is used
 * up, filling the gaps with `fill`. An iterable that is used up is not pulled again.
 */
export function zipLongest<F, Its extends Iterable<unknown>[]>(
  fill: F,
  ...its: Its
): Generator<{ -readonly [K in keyof Its]: ElementOf<Its[K]> | F }, void, undefined> {
  // TODO: like zip, but fill finished inputs with `fill` until all are done.
  return todo('zipLongest');
}
