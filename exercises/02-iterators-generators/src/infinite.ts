import { todo } from '@roadmap/todo';

/**
 * 0, 1, 1, 2, 3, 5, 8, ... forever, as `bigint`.
 * ```python
 * def fibonacci():
 *     a, b = 0, 1
 *     while True:
 *         yield a
 *         a, b = b, a + b
 * ```
 * Python ints never overflow; JavaScript numbers lose exactness above 2^53 (from F(79) on), so
 * this yields `bigint`s (`0n`, `1n`, ...), which are exact at any size.
 */
export function fibonacci(): Generator<bigint, never, undefined> {
  // TODO: a, b = 0n, 1n; forever: yield a, then [a, b] = [b, a + b].
  return todo('fibonacci');
}

/**
 * 2, 3, 5, 7, 11, ... forever. There is no upper bound to choose in advance, so a fixed-size
 * sieve will not do: keep, for every prime found so far, the next multiple still to be crossed
 * out (the incremental sieve of Eratosthenes, a classic Python generator recipe).
 */
export function primes(): Generator<number, never, undefined> {
  // TODO: an incremental sieve: a Map from each upcoming composite to the primes that reach it.
  return todo('primes');
}

/** Python: `itertools.count(start=0, step=1)`: start, start + step, ... forever (adding step each time). */
export function count(start = 0, step = 1): Generator<number, never, undefined> {
  // TODO: yield start, then keep adding step.
  return todo('count');
}

/**
 * Python: `itertools.cycle(iterable)`: the items over and over. The source is read once and its
 * items saved, so a generator works too. An empty source gives an empty cycle (not a hang).
 */
export function cycle<T>(it: Iterable<T>): Generator<T, void, undefined> {
  // TODO: save the items while yielding them once, then repeat the saved items (unless there are none).
  return todo('cycle');
}

/** Python: `itertools.repeat(x, times=None)`: `x` forever, or `times` times (none if `times` <= 0). */
export function repeat<T>(x: T, times?: number): Generator<T, void, undefined> {
  // TODO: yield x forever when times is undefined, else times times.
  return todo('repeat');
}
