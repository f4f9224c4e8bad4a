import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJson, jsonReplacer, jsonReviver, toJson } from '@impl/05-standard-library/json-revivers';

// Oracles: the documented wire format (checked through plain JSON.parse), round-trip properties
// over generated values, and JSON.stringify itself for values that need no tagging.

const plain = (text: string) => JSON.parse(text) as unknown;

// Values JSON can round-trip after tagging: no undefined, NaN, ±Infinity or -0 (plain JSON loses those).
const { value: tree } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.string(),
    fc.date({ noInvalidDate: true }),
    fc.bigInt(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((k) => k !== '__proto__' && k !== '$type'),
      tie('value'),
      { maxKeys: 4 },
    ),
    fc.array(fc.tuple(tie('value'), tie('value')), { maxLength: 3 }).map((entries) => new Map(entries)),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => new Set(items)),
  ),
}));

describe('json revivers', () => {
  it('tags a Date as {"$type":"Date","value":<ISO string>}', () => {
    const d = new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 250));
    expect(plain(toJson(d))).toEqual({ $type: 'Date', value: d.toISOString() });
    expect(plain(toJson({ when: d }))).toEqual({ when: { $type: 'Date', value: '2024-02-29T12:30:15.250Z' } });
  });

  it('tags a bigint as its decimal string, so JSON.stringify no longer throws', () => {
    const big = 2n ** 70n + 1n;
    expect(plain(toJson({ n: big }))).toEqual({ n: { $type: 'BigInt', value: big.toString() } });
    expect(plain(toJson(-5n))).toEqual({ $type: 'BigInt', value: '-5' });
  });

  it('tags a Map as its entry list and a Set as its item list, recursively', () => {
    const m = new Map<unknown, unknown>([
      ['a', 1],
      [2, new Set(['x', 'y'])],
    ]);
    expect(plain(toJson(m))).toEqual({
      $type: 'Map',
      value: [
        ['a', 1],
        [2, { $type: 'Set', value: ['x', 'y'] }],
      ],
    });
  });

  it('revives Dates wherever they are: nested in objects, arrays, Map keys and values, Sets', () => {
    const d1 = new Date(0);
    const d2 = new Date(Date.UTC(1999, 11, 31, 23, 59, 59));
    const value = { list: [d1], map: new Map([[d1, d2]]), set: new Set([d2]) };
    const back = fromJson(toJson(value)) as typeof value;
    expect(back.list[0]).toBeInstanceOf(Date);
    expect(back.list[0]!.getTime()).toBe(d1.getTime());
    const [[k, v]] = [...back.map];
    expect(k).toBeInstanceOf(Date);
    expect(v).toBeInstanceOf(Date);
    expect([k!.getTime(), v!.getTime()]).toEqual([d1.getTime(), d2.getTime()]);
    expect([...back.set][0]).toBeInstanceOf(Date);
  });

  it('round-trips any mix of Date, bigint, Map, Set, arrays and plain objects', () => {
    fc.assert(
      fc.property(tree, (v) => {
        expect(fromJson(toJson(v))).toEqual(v);
      }),
    );
  });

  it('works as the raw replacer and reviver arguments of JSON.stringify and JSON.parse', () => {
    fc.assert(
      fc.property(tree, (v) => {
        const text = JSON.stringify({ wrapped: v }, jsonReplacer);
        expect(text).toBe(toJson({ wrapped: v }));
        expect((JSON.parse(text, jsonReviver) as { wrapped: unknown }).wrapped).toEqual(v);
      }),
    );
  });

  it('leaves plain JSON untouched in both directions', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(toJson(v)).toBe(JSON.stringify(v));
        const text = JSON.stringify(v);
        expect(fromJson(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('passes the space argument through like JSON.stringify', () => {
    const v = { a: [1, new Date(0)], b: new Set([1n]) };
    expect(toJson(v, 2)).toBe(JSON.stringify(v, jsonReplacer, 2));
    expect(toJson(v, 2)).toContain('\n  "a": [');
  });

  it('keeps an invalid Date invalid (value null) instead of reviving it as 1970', () => {
    const text = toJson({ d: new Date(NaN) });
    expect(plain(text)).toEqual({ d: { $type: 'Date', value: null } });
    const back = fromJson(text) as { d: Date };
    expect(back.d).toBeInstanceOf(Date);
    expect(Number.isNaN(back.d.getTime())).toBe(true);
  });

  it('does not revive objects that only look similar (extra keys or an unknown $type)', () => {
    const lookalikes = [{ $type: 'Date', value: '2020-01-01T00:00:00.000Z', extra: 1 }, { $type: 'Point', value: [1, 2] }, { $type: 'Date' }];
    expect(fromJson(JSON.stringify(lookalikes))).toEqual(lookalikes);
  });
});
