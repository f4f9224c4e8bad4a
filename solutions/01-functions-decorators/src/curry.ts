/** The non-empty prefixes of a tuple: `[A0] | [A0, A1] | ... | A`. */
export type Prefix<A extends unknown[]> = A extends [infer H, ...infer T] ? [H] | [H, ...Prefix<T>] : never;

/** `A` without its first `P['length']` elements. */
export type Drop<A extends unknown[], P extends unknown[]> = P extends [unknown, ...infer PT]
  ? A extends [unknown, ...infer AT]
    ? Drop<AT, PT>
    : []
  : A;

/**
 * The type of `curry(fn)` for `fn: (...args: A) => R`: a function taking any non-empty prefix
 * of the remaining arguments, returning `R` once all are given, else the curried rest.
 * `Curried<[number, string], boolean>` accepts `(1)('a')` and `(1, 'a')`.
 */
export type Curried<A extends unknown[], R> = A extends []
  ? () => R
  : <P extends Prefix<A>>(...args: P) => Drop<A, P> extends [] ? R : Curried<Drop<A, P>, R>;

/** A partial application, like Python's `functools.partial` object with `.func` and `.args`. */
export type PartialApplication<B extends unknown[], Rest extends unknown[], R> = ((...rest: Rest) => R) & {
  readonly func: (...args: [...B, ...Rest]) => R;
  readonly args: B;
};

/**
 * Currying: `curry((a, b, c) => a + b + c)(1)(2)(3) === 6`, and any grouping works:
 * `(1, 2)(3)`, `(1)(2, 3)`, `(1, 2, 3)`. The arity is `fn.length` (parameters before the first
 * one with a default). Every partial application is a new, reusable function: `const add1 =
 * c(1)` can be called many times. Python has no built-in curry (`toolz.curry` is the usual one).
 */
export function curry<A extends unknown[], R>(fn: (...args: A) => R): Curried<A, R> {
  const arity = fn.length;
  // `got` is never mutated: each call builds a new array, so a partial application such as
  // `const add1 = c(1)` can be reused without one use leaking arguments into the next.
  const collect =
    (got: unknown[]) =>
    (...more: unknown[]): unknown => {
      const all = [...got, ...more];
      return all.length >= arity ? fn(...(all as A)) : collect(all);
    };
  // The runtime cannot follow the type-level recursion; the cast is where we vouch for it.
  return collect([]) as Curried<A, R>;
}

/**
 * Python: `functools.partial(fn, *bound)`: fixes the first arguments now, takes the rest later.
 * `partial(fmt, 'x')(3, true) === fmt('x', 3, true)`. The result also carries `func` (the
 * original function) and `args` (the bound arguments), as a Python partial object does.
 */
export function partial<B extends unknown[], Rest extends unknown[], R>(
  fn: (...args: [...B, ...Rest]) => R,
  ...bound: B
): PartialApplication<B, Rest, R> {
  const applied = (...rest: Rest): R => fn(...bound, ...rest);
  return Object.assign(applied, { func: fn, args: bound });
}
