// Helpers shared by the 02-iterators-generators suites.

/**
 * Wraps a source in a one-shot iterator that counts the items taken from it (successful
 * `next()` calls), like the `Counted` class of the golden generator. It has no `return()`
 * method, so closing it early or not makes no difference: only what was pulled counts.
 */
export function counted<T>(source: Iterable<T>): IterableIterator<T> & { readonly pulls: number } {
  const it = source[Symbol.iterator]();
  let pulls = 0;
  const wrapper = {
    get pulls() {
      return pulls;
    },
    next(): IteratorResult<T> {
      const r = it.next();
      if (!r.done) pulls++;
      return r;
    },
    [Symbol.iterator]() {
      return wrapper;
    },
  };
  return wrapper as IterableIterator<T> & { readonly pulls: number };
}

/** 0, 1, 2, ... forever, counting pulls (Python: `Counted(itertools.count())`). */
export function naturals(): IterableIterator<number> & { readonly pulls: number } {
  let n = 0;
  return counted({
    [Symbol.iterator]: () => ({ next: () => ({ value: n++, done: false as const }) }),
  });
}

/** Up to `n` items of an iterable, by hand (the suites do not rely on the code under test). */
export function firstN<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  const iterator = it[Symbol.iterator]();
  while (out.length < n) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

/** A golden source: strings stay strings (iterated as characters), arrays stay arrays. */
export type Source = string | unknown[];

// Twins of the named functions in grader/goldens/02-iterators-generators.py.
export const predicates: Record<string, (x: never) => boolean> = {
  lt5: (x: number) => x < 5,
  even: (x: number) => x % 2 === 0,
  odd: (x: number) => ((x % 2) + 2) % 2 === 1,
  positive: (x: number) => x > 0,
  isA: (c: string) => c === 'A',
  isUpper: (c: string) => c !== c.toLowerCase() && c === c.toUpperCase(),
};
export const keys: Record<string, ((x: never) => unknown) | undefined> = {
  identity: undefined,
  parity: (x: number) => ((x % 2) + 2) % 2,
  tens: (x: number) => Math.floor(x / 10),
  lower: (c: string) => c.toLowerCase(),
  isVowel: (c: string) => 'aeiou'.includes(c.toLowerCase()),
};
export const reducers: Record<string, (a: never, b: never) => unknown> = {
  add: (a: number, b: number) => a + b,
  mul: (a: number, b: number) => a * b,
  max: (a: number, b: number) => Math.max(a, b),
  min: (a: number, b: number) => Math.min(a, b),
  sub: (a: number, b: number) => a - b,
};
