import { describe, expect, it } from 'vitest';
import { drop, dropWhile, islice, take, takeWhile } from '@impl/02-iterators-generators/lazy-slices';
import goldens from './goldens/lazy-slices.json';
import { counted, firstN, naturals, predicates } from './_kit.ts';

// Oracle: CPython's itertools (goldens), including how many items each call pulls from its
// source, measured on a counting iterator, and on the infinite source 0, 1, 2, ...

type Args = (number | null)[];
const callIslice = <T>(it: Iterable<T>, args: Args) => (args.length === 1 ? islice(it, args[0]!) : islice(it, args[0]!, args[1]!, args[2]));
const pyArgs = (args: Args) => args.map((a) => (a === null ? 'None' : a)).join(', ');
const pred = (name: string) => predicates[name] as (x: unknown) => boolean;

describe('islice', () => {
  it.each(goldens.islice.map((g) => ({ ...g, label: `islice(${JSON.stringify(g.source)}, ${pyArgs(g.args)})` })))('matches Python for $label, pulling as many items', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    const out = [...callIslice(src, g.args)];
    expect({ out, pulls: src.pulls }).toEqual({ out: [...g.out], pulls: g.pulls });
  });

  it.each(goldens.isliceInfinite.map((g) => ({ ...g, label: `islice(count(), ${pyArgs(g.args)})` })))('works on an infinite source and stops pulling like Python: $label', (g) => {
    const src = naturals();
    const out = [...callIslice(src, g.args)];
    expect({ out, pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('pulls nothing until it is iterated, then one item per result', () => {
    const src = naturals();
    const sliced = islice(src, 2, null, 3);
    expect(src.pulls).toBe(0);
    const it = sliced[Symbol.iterator]();
    expect(it.next().value).toBe(2);
    expect(src.pulls).toBe(3);
    expect(it.next().value).toBe(5);
    expect(src.pulls).toBe(6);
  });

  it('leaves the rest of a shared iterator for the next reader', () => {
    const src = counted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...islice(src, 3)]).toEqual([0, 1, 2]);
    expect([...islice(src, 2)]).toEqual([3, 4]);
    expect([...src]).toEqual([5, 6, 7, 8, 9]);
  });

  it('accepts any iterable: Set, Map, string, generator', () => {
    function* letters() {
      yield* 'abcdef';
    }
    expect([...islice(new Set([5, 6, 7, 8]), 1, 3)]).toEqual([6, 7]);
    expect([...islice(new Map([['a', 1], ['b', 2]]), 1)]).toEqual([['a', 1]]);
    expect([...islice('hello', 1, null, 2)]).toEqual(['e', 'l']);
    expect([...islice(letters(), 0, null, 3)]).toEqual(['a', 'd']);
  });

  it('throws a RangeError at the call for negative, fractional or zero-step arguments', () => {
    const cases: Array<() => unknown> = [
      () => islice([1, 2, 3], -1),
      () => islice([1, 2, 3], 1.5),
      () => islice([1, 2, 3], -1, 2),
      () => islice([1, 2, 3], 0, -2),
      () => islice([1, 2, 3], 0, 2, 0),
      () => islice([1, 2, 3], 0, 2, -1),
    ];
    // No iteration here: Python raises ValueError when islice(...) is called.
    const thrown = (fn: () => unknown) => {
      try {
        fn();
        return 'no error';
      } catch (e) {
        return e instanceof RangeError ? 'RangeError' : String(e);
      }
    };
    expect(cases.map(thrown)).toEqual(cases.map(() => 'RangeError'));
  });
});

describe('take and drop', () => {
  const takeCases = goldens.islice.filter((g) => g.args.length === 1 && g.args[0] !== null);
  const dropCases = goldens.islice.filter((g) => g.args.length === 2 && g.args[1] === null && g.args[0] !== null);

  it.each(takeCases.map((g) => ({ ...g, label: `take(${JSON.stringify(g.source)}, ${g.args[0]})` })))('take is islice(it, n): $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...take(src, g.args[0]!)], pulls: src.pulls }).toEqual({ out: [...g.out], pulls: g.pulls });
  });

  it.each(dropCases.map((g) => ({ ...g, label: `drop(${JSON.stringify(g.source)}, ${g.args[0]})` })))('drop is islice(it, n, None): $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...drop(src, g.args[0]!)], pulls: src.pulls }).toEqual({ out: [...g.out], pulls: g.pulls });
  });

  it('take(n) on an infinite source pulls exactly n items, not n + 1', () => {
    for (const n of [0, 1, 5, 50]) {
      const src = naturals();
      const out = [...take(src, n)];
      expect({ n, length: out.length, pulls: src.pulls }).toEqual({ n, length: n, pulls: n });
    }
  });

  it('drop on an infinite source is lazy', () => {
    const src = naturals();
    expect(firstN(drop(src, 1000), 3)).toEqual([1000, 1001, 1002]);
    expect(src.pulls).toBe(1003);
  });

  it('throws a RangeError at the call for a negative count', () => {
    expect(() => take([1], -1)).toThrow(RangeError);
    expect(() => drop([1], -1)).toThrow(RangeError);
  });
});

describe('takeWhile and dropWhile', () => {
  it.each(goldens.takeWhile.map((g) => ({ ...g, label: `takewhile(${g.pred}, ${JSON.stringify(g.source)})` })))('takeWhile matches Python for $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...takeWhile(src, pred(g.pred))], pulls: src.pulls }).toEqual({ out: [...g.out], pulls: g.pulls });
  });

  it.each(goldens.dropWhile.map((g) => ({ ...g, label: `dropwhile(${g.pred}, ${JSON.stringify(g.source)})` })))('dropWhile matches Python for $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...dropWhile(src, pred(g.pred))], pulls: src.pulls }).toEqual({ out: [...g.out], pulls: g.pulls });
  });

  it.each(goldens.whileInfinite.map((g) => ({ ...g, label: `${g.fn}(count(), ${g.pred})${g.take === null ? '' : `, first ${g.take}`}` })))('works lazily on an infinite source: $label', (g) => {
    const src = naturals();
    const out = g.fn === 'takeWhile' ? [...takeWhile(src, pred(g.pred))] : firstN(dropWhile(src, pred(g.pred)), g.take!);
    expect({ out, pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('dropWhile checks the predicate only until it first fails', () => {
    const seen: number[] = [];
    const out = [...dropWhile([1, 2, 7, 1, 2], (x) => (seen.push(x), x < 5))];
    expect(out).toEqual([7, 1, 2]);
    expect(seen).toEqual([1, 2, 7]);
  });
});
