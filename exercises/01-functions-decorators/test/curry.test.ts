import { describe, expect, expectTypeOf, it } from 'vitest';
import { curry, partial } from '../src/curry.ts';

const volume = (l: number, w: number, h: number) => l * w * h;

describe('curry and partial', () => {
  it('curry accepts the arguments one at a time or in groups', () => {
    const v = curry(volume);
    expect(v(2)(3)(4)).toBe(24);
    expect(v(2, 3)(4)).toBe(24);
    expectTypeOf(v(2)(3)(4)).toEqualTypeOf<number>();
  });
  it('a partial application can be reused', () => {
    const base2 = curry(volume)(2);
    expect(base2(3)(4)).toBe(24);
    expect(base2(5)(1)).toBe(10);
  });
  it('partial fixes the first arguments, like functools.partial', () => {
    const square2d = partial(volume, 1);
    expect(square2d(3, 3)).toBe(9);
    expectTypeOf(square2d).parameters.toEqualTypeOf<[w: number, h: number]>();
  });
});
