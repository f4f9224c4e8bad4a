import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { range } from '@impl/02-iterators-generators/range';
import goldens from './goldens/range.json';

// Oracles: Python's range (goldens: values, len, r[i], x in r), the length formula
// max(0, ceil((stop - start) / step)) as a property, and a brute-force while loop.

const call = (args: number[]) => (args.length === 1 ? range(args[0]!) : range(args[0]!, args[1]!, args[2]));

const bruteForce = (start: number, stop: number, step: number) => {
  const out: number[] = [];
  for (let v = start; step > 0 ? v < stop : v > stop; v += step) out.push(v);
  return out;
};

describe('range', () => {
  it('counts down with a negative step: range(10, 0, -3) is 10, 7, 4, 1', () => {
    expect([...range(10, 0, -3)]).toEqual([10, 7, 4, 1]);
  });

  it('is empty for range(0, -5): the default step is +1', () => {
    expect([...range(0, -5)]).toEqual([]);
    expect(range(0, -5).length).toBe(0);
  });

  it('takes a single argument as the stop: range(4) is 0, 1, 2, 3', () => {
    const r = range(4);
    expect([...r]).toEqual([0, 1, 2, 3]);
    expect([r.start, r.stop, r.step]).toEqual([0, 4, 1]);
  });

  it.each(goldens.map((g) => ({ ...g, label: `range(${g.args.join(', ')})` })))('matches Python for $label: values, len, r[i], x in r', (g) => {
    const r = call(g.args);
    expect([...r]).toEqual(g.values);
    expect(r.length).toBe(g.length);
    const at = Object.fromEntries(Object.keys(g.at).map((i) => [i, r.at(Number(i))]));
    expect(at).toEqual(g.at);
    const includes = Object.fromEntries(Object.keys(g.includes).map((x) => [x, r.includes(Number(x))]));
    expect(includes).toEqual(g.includes);
  });

  it('gives undefined for an index outside the range, at either end', () => {
    const r = range(3);
    expect([r.at(3), r.at(-4), r.at(100)]).toEqual([undefined, undefined, undefined]);
    expect(range(0).at(0)).toBeUndefined();
  });

  it('has length max(0, ceil((stop - start) / step)), the number of values it yields', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 }), fc.integer({ min: -25, max: 25 }).filter((s) => s !== 0), (start, stop, step) => {
        const r = range(start, stop, step);
        const values = [...r];
        expect({ length: r.length, yielded: values.length }).toEqual({ length: Math.max(0, Math.ceil((stop - start) / step)), yielded: r.length });
        expect(values).toEqual(bruteForce(start, stop, step));
      }),
      { includeErrorInReport: true },
    );
  });

  it('includes(x) agrees with searching the values', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -7, max: 7 }).filter((s) => s !== 0), fc.integer({ min: -60, max: 60 }), (start, stop, step, x) => {
        expect(range(start, stop, step).includes(x)).toBe(bruteForce(start, stop, step).includes(x));
      }),
      { includeErrorInReport: true },
    );
  });

  it('can be iterated again and again, unlike a generator', () => {
    const r = range(1, 4);
    expect([...r]).toEqual([1, 2, 3]);
    expect([...r]).toEqual([1, 2, 3]);
    const pairs: number[][] = [];
    for (const a of r) for (const b of r) if (a < b) pairs.push([a, b]);
    expect(pairs).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('is lazy: a huge range answers len, r[i] and x in r without building a list', () => {
    const r = range(0, 1e15, 7);
    expect(r.length).toBe(Math.ceil(1e15 / 7));
    expect(r.at(-1)).toBe(999999999999994);
    expect(r.includes(7 * 123456789)).toBe(true);
    expect(r.includes(7 * 123456789 + 1)).toBe(false);
    const it = r[Symbol.iterator]();
    expect([it.next().value, it.next().value]).toEqual([0, 7]);
  });

  it('throws a RangeError for step 0 and a TypeError for non-integers, when called', () => {
    expect(() => range(0, 10, 0)).toThrow(RangeError);
    expect(() => range(1.5)).toThrow(TypeError);
    expect(() => range(0, 10, 0.5)).toThrow(TypeError);
  });
});
