// Mistake: cycle iterates its source again on every round instead of saving the items, so a one-shot source gives only one round.
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
  // composite -> the primes that cross it out. Each prime p sits at one upcoming multiple.
  const crossedBy = new Map<number, number[]>();
  for (let q = 2; ; q++) {
    const factors = crossedBy.get(q);
    if (factors === undefined) {
      yield q;
      crossedBy.set(q * q, [q]); // smaller multiples of q are crossed out by smaller primes
    } else {
      // Move each prime to its next multiple, then forget q.
      for (const p of factors) {
        const list = crossedBy.get(q + p);
        if (list) list.push(p);
        else crossedBy.set(q + p, [p]);
      }
      crossedBy.delete(q);
    }
  }
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
  for (;;) {
    let any = false;
    for (const x of it) {
      any = true;
      yield x;
    }
    if (!any) return;
  }
}

/** Python: `itertools.repeat(x, times=None)`: `x` forever, or `times` times (none if `times` <= 0). */
export function* repeat<T>(x: T, times?: number): Generator<T, void, undefined> {
  if (times === undefined) for (;;) yield x;
  for (let i = 0; i < times; i++) yield x;
}
