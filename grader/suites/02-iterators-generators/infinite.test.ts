import { describe, expect, expectTypeOf, it } from 'vitest';
import { count, cycle, fibonacci, primes, repeat } from '@impl/02-iterators-generators/infinite';
import goldens from './goldens/infinite.json';
import { counted, firstN } from './_kit.ts';

// Oracles: Python's exact integers for Fibonacci (goldens, as strings), trial division for
// primes, and Python's itertools.count / cycle / repeat (goldens, with pulls for cycle).

/** The first n primes by trial division against the primes found so far. */
function trialDivisionPrimes(n: number): number[] {
  const found: number[] = [];
  for (let q = 2; found.length < n; q++) {
    let prime = true;
    for (const p of found) {
      if (p * p > q) break;
      if (q % p === 0) {
        prime = false;
        break;
      }
    }
    if (prime) found.push(q);
  }
  return found;
}

describe('fibonacci', () => {
  it('starts 0, 1, 1, 2, 3, 5, 8', () => {
    expect(firstN(fibonacci(), 7)).toEqual([0n, 1n, 1n, 2n, 3n, 5n, 8n]);
  });

  it("matches Python's exact integers for the first 120 values (beyond 2^53)", () => {
    const got = firstN(fibonacci(), goldens.fibonacci.length).map(String);
    expect(got).toEqual(goldens.fibonacci);
  });

  it('yields bigint', () => {
    const [first] = firstN(fibonacci(), 1);
    expect(typeof first).toBe('bigint');
    expectTypeOf(fibonacci()).toEqualTypeOf<Generator<bigint, never, undefined>>();
  });
});

describe('primes', () => {
  it('starts 2, 3, 5, 7, 11, 13', () => {
    expect(firstN(primes(), 6)).toEqual([2, 3, 5, 7, 11, 13]);
  });

  it('agrees with trial division on the first 2000 primes', () => {
    expect(firstN(primes(), 2000)).toEqual(trialDivisionPrimes(2000));
  });

  it('has no upper bound: the 10000th prime is reached', () => {
    const first10000 = firstN(primes(), 10_000);
    expect(first10000.length).toBe(10_000);
    expect(first10000.at(-1)).toBe(trialDivisionPrimes(10_000).at(-1));
  });

  it('gives independent generators', () => {
    const a = primes();
    const b = primes();
    a.next();
    a.next();
    expect([a.next().value, b.next().value]).toEqual([5, 2]);
  });
});

describe('count, cycle, repeat', () => {
  it.each(goldens.count.map((g) => ({ ...g, label: `count(${g.args.join(', ')})` })))('count matches Python: $label', (g) => {
    const gen = g.args.length === 0 ? count() : g.args.length === 1 ? count(g.args[0]) : count(g.args[0], g.args[1]);
    expect(firstN(gen, g.out.length)).toEqual(g.out);
  });

  it.each(goldens.cycle.map((g) => ({ ...g, label: `first ${g.take} of cycle(${JSON.stringify(g.source)})` })))('cycle matches Python and reads its source once: $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: firstN(cycle(src), g.take), pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('cycle of an empty source ends at once', () => {
    expect([...cycle([])]).toEqual([]);
  });

  it('cycle works on a one-shot generator', () => {
    function* once() {
      yield 'a';
      yield 'b';
    }
    expect(firstN(cycle(once()), 5)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it.each(goldens.repeat.map((g) => ({ ...g, label: `repeat(${g.args.map((a) => JSON.stringify(a)).join(', ')})` })))('repeat matches Python: $label', (g) => {
    expect([...repeat(g.args[0], g.args[1] as number)]).toEqual(g.out);
  });

  it('repeat without a count goes on forever', () => {
    expect(firstN(repeat('x'), 1000).length).toBe(1000);
  });
});
