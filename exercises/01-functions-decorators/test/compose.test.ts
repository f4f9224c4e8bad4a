import { describe, expect, it } from 'vitest';
import { compose, pipe } from '../src/compose.ts';

const inc = (n: number) => n + 1;
const double = (n: number) => n * 2;

describe('compose and pipe', () => {
  it('compose applies the rightmost function first', () => {
    expect(compose(inc, double)(5)).toBe(11); // inc(double(5))
  });
  it('pipe applies the leftmost function first', () => {
    expect(pipe(inc, double)(5)).toBe(12); // double(inc(5))
  });
  it('with no functions, both are the identity', () => {
    expect(compose()(42)).toBe(42);
    expect(pipe()('same')).toBe('same');
  });
});
