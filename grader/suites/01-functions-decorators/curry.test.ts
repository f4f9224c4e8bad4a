import fc from 'fast-check';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { curry, partial } from '@impl/01-functions-decorators/curry';

// Oracles: calling the original function with all arguments at once (values), and
// expectTypeOf (types, checked by `pnpm typecheck` and in the editor; at run time they are no-ops,
// so every test below also checks values).

const add3 = (a: number, b: number, c: number) => a + b + c;
const fmt = (name: string, times: number, loud: boolean) => (loud ? name.toUpperCase() : name).repeat(times);

// Functions of arity 1..5 whose result records the order of their arguments.
const byArity: Array<(...args: number[]) => string> = [
  (a) => `${a}`,
  (a, b) => `${a},${b}`,
  (a, b, c) => `${a},${b},${c}`,
  (a, b, c, d) => `${a},${b},${c},${d}`,
  (a, b, c, d, e) => `${a},${b},${c},${d},${e}`,
];

/** Splits args into consecutive non-empty groups at the given cut points. */
function groups(args: number[], cuts: boolean[]): number[][] {
  const out: number[][] = [[args[0]!]];
  for (let i = 1; i < args.length; i++) {
    if (cuts[i]) out.push([args[i]!]);
    else out.at(-1)!.push(args[i]!);
  }
  return out;
}

describe('curry', () => {
  it('accepts the arguments one at a time', () => {
    const c = curry(add3);
    expect(c(1)(2)(3)).toBe(6);
    expectTypeOf(c(1)(2)(3)).toEqualTypeOf<number>();
  });

  it('accepts any grouping of the arguments', () => {
    const c = curry(fmt);
    const expected = fmt('ab', 2, true);
    expect([c('ab', 2, true), c('ab')(2, true), c('ab', 2)(true), c('ab')(2)(true)]).toEqual([expected, expected, expected, expected]);
    expectTypeOf(c('ab', 2, true)).toEqualTypeOf<string>();
    expectTypeOf(c('ab')(2, true)).toEqualTypeOf<string>();
    expectTypeOf(c('ab', 2)(true)).toEqualTypeOf<string>();
  });

  it('matches calling the function with all arguments, for random arities and groupings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: n, maxLength: n }), fc.array(fc.boolean(), { minLength: n, maxLength: n }))),
        ([args, cuts]) => {
          const fn = byArity[args.length - 1]!;
          let step: unknown = curry(fn);
          for (const g of groups(args, cuts)) step = (step as (...a: number[]) => unknown)(...g);
          expect(step).toBe(fn(...args));
        },
      ),
      { includeErrorInReport: true },
    );
  });

  it('does not call the function until every argument is there', () => {
    const spy = vi.fn(add3);
    const c = curry(spy);
    const afterOne = c(1);
    const afterTwo = afterOne(2);
    expect(spy).not.toHaveBeenCalled();
    expect(afterTwo(3)).toBe(6);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(1, 2, 3);
  });

  it('lets a partial application be reused without the uses leaking into each other', () => {
    const c = curry(add3);
    const add1 = c(1);
    const add1and2 = add1(2);
    expect(add1(10)(20)).toBe(31);
    expect(add1and2(3)).toBe(6);
    expect(add1(2)(3)).toBe(6);
    expect(add1and2(100)).toBe(103);
    expect(c(5)(5)(5)).toBe(15);
  });

  it('uses fn.length as the arity, so parameters with defaults are not waited for', () => {
    const withDefault = (a: number, b: number, scale = 10) => (a + b) * scale;
    expect(withDefault.length).toBe(2);
    const c = curry(withDefault);
    expect(c(1)(2)).toBe(30);
  });

  it('calls a function of no parameters when the curried function is called', () => {
    const answer = vi.fn(() => 42);
    const c = curry(answer);
    expect(c()).toBe(42);
    expectTypeOf(c()).toEqualTypeOf<number>();
  });

  it('rejects wrongly typed arguments at compile time', () => {
    const c = curry(fmt);
    expect(c('x')(3)(false)).toBe('xxx');
    // The lines below must not compile; the `() =>` keeps them from running.
    // @ts-expect-error a number where the first parameter is a string
    const wrongFirst = () => c(1);
    // @ts-expect-error a number where a boolean is expected
    const wrongLast = () => c('x', 2)(1);
    // @ts-expect-error too many arguments
    const tooMany = () => curry(add3)(1, 2, 3, 4);
    expect([typeof wrongFirst, typeof wrongLast, typeof tooMany]).toEqual(['function', 'function', 'function']);
  });
});

describe('partial', () => {
  it('fixes the first arguments and takes the rest later (functools.partial)', () => {
    const shout = partial(fmt, 'hey');
    expect(shout(2, true)).toBe('HEYHEY');
    expect(shout(1, false)).toBe('hey');
    expectTypeOf(shout).parameters.toEqualTypeOf<[times: number, loud: boolean]>();
    expectTypeOf(shout(1, true)).toEqualTypeOf<string>();
  });

  it('can bind several arguments, or all of them', () => {
    const twice = partial(fmt, 'ab', 2);
    expect(twice(false)).toBe('abab');
    expectTypeOf(twice).parameters.toEqualTypeOf<[loud: boolean]>();
    const all = partial(add3, 1, 2, 3);
    expect(all()).toBe(6);
    expectTypeOf(all).parameters.toEqualTypeOf<[]>();
  });

  it('matches calling the function with all arguments, for every split point', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 5 }), fc.nat(5), (args, k) => {
        const fn = byArity[args.length - 1]!;
        const cut = Math.min(k, args.length);
        const p = partial(fn, ...args.slice(0, cut));
        expect(p(...args.slice(cut))).toBe(fn(...args));
      }),
      { includeErrorInReport: true },
    );
  });

  it('exposes func and args like a Python partial object', () => {
    const p = partial(add3, 1, 2);
    expect(p.func).toBe(add3);
    expect(p.args).toEqual([1, 2]);
    expect(p(3)).toBe(6);
    expectTypeOf(p.args).toEqualTypeOf<[number, number]>();
  });

  it('calls the function afresh each time', () => {
    const spy = vi.fn(add3);
    const p = partial(spy, 1);
    p(2, 3);
    p(4, 5);
    expect(spy.mock.calls).toEqual([
      [1, 2, 3],
      [1, 4, 5],
    ]);
  });

  it('rejects wrongly typed bound arguments at compile time', () => {
    // @ts-expect-error a number where the first parameter is a string
    const wrong = () => partial(fmt, 5);
    expect(typeof wrong).toBe('function');
    expect(partial(fmt, 'ok')(1, false)).toBe('ok');
  });
});
