import { describe, expect, it } from 'vitest';
import { count, cycle, fibonacci, primes, repeat } from '../src/infinite.ts';

/** The first n items of a (possibly infinite) iterable. */
function take<T>(it: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of it) {
    if (out.length === n) break;
    out.push(x);
  }
  return out;
}

describe('infinite generators', () => {
  it('fibonacci yields exact bigints', () => {
    expect(take(fibonacci(), 8)).toEqual([0n, 1n, 1n, 2n, 3n, 5n, 8n, 13n]);
  });
  it('primes has no upper limit', () => {
    expect(take(primes(), 6)).toEqual([2, 3, 5, 7, 11, 13]);
  });
  it('count, cycle and repeat', () => {
    expect(take(count(10, 5), 3)).toEqual([10, 15, 20]);
    expect(take(cycle('AB'), 5).join('')).toBe('ABABA');
    expect([...repeat('x', 3)]).toEqual(['x', 'x', 'x']);
  });
});
