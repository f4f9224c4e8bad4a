/** A function of one argument. */
export type Unary<A = any, B = any> = (a: A) => B;

/**
 * Right-to-left composition: `compose(f, g, h)(x) === f(g(h(x)))`.
 *
 * Python has no built-in; the usual one-liner is
 * `functools.reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)`.
 * `compose()` with no functions is the identity.
 */
export function compose(): <A>(a: A) => A;
export function compose<A, B>(f: (a: A) => B): (a: A) => B;
export function compose<A, B, C>(f: (b: B) => C, g: (a: A) => B): (a: A) => C;
export function compose<A, B, C, D>(f: (c: C) => D, g: (b: B) => C, h: (a: A) => B): (a: A) => D;
export function compose<A, B, C, D, E>(f: (d: D) => E, g: (c: C) => D, h: (b: B) => C, i: (a: A) => B): (a: A) => E;
export function compose(...fns: Unary[]): Unary;
export function compose(...fns: Unary[]): Unary {
  // reduceRight with the argument as the seed: no special case for an empty list, and the
  // list is copied by the rest parameter, so later changes to the caller's array cannot leak in.
  return (x) => fns.reduceRight((acc, f) => f(acc), x);
}

/**
 * Left-to-right composition: `pipe(f, g, h)(x) === h(g(f(x)))`, the order you read a data
 * pipeline in (like chaining pandas methods). `pipe()` with no functions is the identity.
 */
export function pipe(): <A>(a: A) => A;
export function pipe<A, B>(f: (a: A) => B): (a: A) => B;
export function pipe<A, B, C>(f: (a: A) => B, g: (b: B) => C): (a: A) => C;
export function pipe<A, B, C, D>(f: (a: A) => B, g: (b: B) => C, h: (c: C) => D): (a: A) => D;
export function pipe<A, B, C, D, E>(f: (a: A) => B, g: (b: B) => C, h: (c: C) => D, i: (d: D) => E): (a: A) => E;
export function pipe(...fns: Unary[]): Unary;
export function pipe(...fns: Unary[]): Unary {
  return (x) => fns.reduce((acc, f) => f(acc), x);
}
