/** The element type of an iterable: `ElementOf<string> = string`, `ElementOf<number[]> = number`. */
export type ElementOf<I> = I extends Iterable<infer T> ? T : never;

/** Python: `itertools.chain(*iterables)`: the first iterable's items, then the second's, and so on. */
export function* chain<Its extends Iterable<unknown>[]>(...its: Its): Generator<ElementOf<Its[number]>, void, undefined> {
  for (const it of its) yield* it as Iterable<ElementOf<Its[number]>>;
}

/**
 * Python: `itertools.chain.from_iterable(iterables)`: like `chain`, but the iterables come from
 * an iterable, which may be infinite: take the next one only when the current one is used up.
 */
export function* chainFromIterable<I extends Iterable<unknown>>(its: Iterable<I>): Generator<ElementOf<I>, void, undefined> {
  // for...of over `its` pulls the next iterable only after yield* has drained the current one.
  for (const it of its) yield* it as Iterable<ElementOf<I>>;
}

/**
 * Python: `zip(*iterables)`: tuples (arrays here) of the i-th items, stopping at the shortest.
 * Each round pulls from the iterables left to right and stops at the first one that is used up,
 * so items already pulled in that round are lost, as in Python. `zip()` yields nothing.
 * The result type is a tuple: `zip([1, 2], 'ab')` yields `[number, string]`.
 */
export function* zip<Its extends Iterable<unknown>[]>(...its: Its): Generator<{ -readonly [K in keyof Its]: ElementOf<Its[K]> }, void, undefined> {
  if (its.length === 0) return;
  const iterators = its.map((it) => it[Symbol.iterator]());
  for (;;) {
    const row: unknown[] = [];
    for (const iterator of iterators) {
      const r = iterator.next();
      if (r.done) return; // stop at once: do not pull from the iterators after this one
      row.push(r.value);
    }
    // The tuple type cannot be built up item by item; this cast is the one place we vouch for it.
    yield row as { -readonly [K in keyof Its]: ElementOf<Its[K]> };
  }
}

/**
 * Python: `itertools.zip_longest(*iterables, fillvalue=fill)`: runs until the longest is used
 * up, filling the gaps with `fill`. An iterable that is used up is not pulled again.
 */
export function* zipLongest<F, Its extends Iterable<unknown>[]>(
  fill: F,
  ...its: Its
): Generator<{ -readonly [K in keyof Its]: ElementOf<Its[K]> | F }, void, undefined> {
  // undefined marks an iterator that is used up.
  const iterators: (Iterator<unknown> | undefined)[] = its.map((it) => it[Symbol.iterator]());
  let active = iterators.length;
  while (active > 0) {
    const row: unknown[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const iterator = iterators[i];
      const r = iterator?.next();
      if (!r || r.done) {
        if (iterator) {
          iterators[i] = undefined;
          active--;
          if (active === 0) return; // the round that finds the last one used up yields nothing
        }
        row.push(fill);
      } else row.push(r.value);
    }
    yield row as { -readonly [K in keyof Its]: ElementOf<Its[K]> | F };
  }
}
