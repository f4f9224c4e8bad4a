// Mistake: sieves up to a fixed limit, so the generator runs out of primes.
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
export function* fibonacci(): Generator<bigint, never, undefined> {
  let a = 0n;
  let b = 1n;
  for (;;) {
    yield a;
    [a, b] = [b, a + b]; // the same swap as Python's tuple assignment
  }
}

/**
 * 2, 3, 5, 7, 11, ... forever. There is no upper bound to choose in advance, so a fixed-size
 * sieve will not do: keep, for every prime found so far, the next multiple still to be crossed
 * out (the incremental sieve of Eratosthenes, a classic Python generator recipe).
 */
export function* primes(): Generator<number, never, undefined> {
  const limit = 100_000;
  const composite = new Uint8Array(limit + 1);
  for (let q = 2; q <= limit; q++) {
    if (composite[q]) continue;
    yield q;
    for (let m = q * q; m <= limit; m += q) composite[m] = 1;
  }
  throw new Error('ran out of primes');
}

/** Python: `itertools.count(start=0, step=1)`: start, start + step, ... forever (adding step each time). */
export function* count(start = 0, step = 1): Generator<number, never, undefined> {
  for (let n = start; ; n += step) yield n;
}

/**
 * Python: `itertools.cycle(iterable)`: the items over and over. The source is read once and its
 * items saved, so a generator works too. An empty source gives an empty cycle (not a hang).
 */
export function* cycle<T>(it: Iterable<T>): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const x of it) {
    saved.push(x);
    yield x; // the first pass is lazy too
  }
  if (saved.length === 0) return;
  for (;;) yield* saved;
}

/** Python: `itertools.repeat(x, times=None)`: `x` forever, or `times` times (none if `times` <= 0). */
export function* repeat<T>(x: T, times?: number): Generator<T, void, undefined> {
  if (times === undefined) for (;;) yield x;
  for (let i = 0; i < times; i++) yield x;
}
