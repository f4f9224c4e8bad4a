import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineData } from '@impl/04-oop-patterns/dataclass';

/**
 * The oracle for equality: a canonical text of a value under the stated rules (numbers by
 * SameValueZero, object keys in any order, arrays in order). Two values are equal exactly when
 * their canonical texts are.
 */
const canon = (v: unknown): string => {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : v === 0 ? '0' : `n${v}`;
  if (v === undefined) return 'undef';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canon(x)}`).join(',')}}`;
};

/** Same value, different spelling: keys shuffled, 0 ↔ -0, fresh arrays and objects. */
const respell = (v: unknown, flip: boolean): unknown => {
  if (typeof v === 'number') return v === 0 ? (flip ? -0 : 0) : v;
  if (Array.isArray(v)) return v.map((x) => respell(x, !flip));
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (flip) entries.reverse();
    return Object.fromEntries(entries.map(([k, x]) => [k, respell(x, !flip)]));
  }
  return v;
};

const leaf = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, Number.NaN, 0.1, Infinity),
  fc.string({ maxLength: 2 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
}));

const Triple = () => defineData({ a: 0 as unknown, b: 0 as unknown, c: 0 as unknown }, { name: 'Triple' });
const triple = fc.tuple(value, value, value);

describe('defineData: equality laws and hashing (fast-check)', () => {
  it('equals exactly when the canonical forms agree, symmetrically', () => {
    const T = Triple();
    fc.assert(
      fc.property(triple, triple, ([a1, b1, c1], [a2, b2, c2]) => {
        const x = new T({ a: a1, b: b1, c: c1 });
        const y = new T({ a: a2, b: b2, c: c2 });
        const want = canon([a1, b1, c1]) === canon([a2, b2, c2]);
        expect(x.equals(y)).toBe(want);
        expect(y.equals(x)).toBe(want);
      }),
    );
  });
  it('is reflexive and treats respelled values (key order, -0, fresh copies) as equal, with equal hash codes', () => {
    const T = Triple();
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const x = new T({ a, b, c });
        const y = new T({ a: respell(a, true), b: respell(b, true), c: respell(c, true) });
        const z = new T({ a: respell(a, false), b: respell(b, false), c: respell(c, false) });
        expect([x.equals(x), x.equals(y), y.equals(z), x.equals(z)]).toEqual([true, true, true, true]);
        expect(new Set([x.hashCode(), y.hashCode(), z.hashCode()]).size).toBe(1);
      }),
    );
  });
  it('returns 32-bit integer hash codes that rarely collide for different values', () => {
    const T = Triple();
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const h = new T({ a, b, c }).hashCode();
        expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 32, `hash ${h}`).toBe(true);
        seen.set(canon([a, b, c]), h);
      }),
      { numRuns: 600 },
    );
    const distinct = new Set(seen.values()).size;
    expect(distinct / seen.size, `${distinct} distinct hash codes for ${seen.size} distinct values`).toBeGreaterThan(0.97);
  });
  it('gives different hash codes to swapped fields and to nearby numbers', () => {
    const P = defineData({ x: 0, y: 0 });
    const codes = [new P({ x: 1, y: 2 }), new P({ x: 2, y: 1 }), new P({ x: 1, y: 3 }), new P({ x: 1.5, y: 2 }), new P({ x: 0, y: 0 })].map((p) => p.hashCode());
    expect(new Set(codes).size).toBe(5);
  });
});

describe('defineData: instances', () => {
  it('fills missing fields from the defaults and keeps an explicit undefined', () => {
    const P = defineData({ x: 0, label: 'none' as string | undefined });
    const p = new P({ label: undefined });
    expect([p.x, p.label, 'label' in p]).toEqual([0, undefined, true]);
    expect(p.toJSON()).toEqual({ x: 0, label: undefined });
  });
  it('refuses unknown fields in the constructor and in with()', () => {
    const P = defineData({ x: 0 });
    expect(() => new P({ y: 1 } as never)).toThrow(TypeError);
    expect(() => new P().with({ z: 2 } as never)).toThrow(TypeError);
  });
  it('is frozen: assigning or adding a field throws, like FrozenInstanceError', () => {
    const P = defineData({ x: 0 });
    const p = new P({ x: 1 });
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p as { x: number }).x = 2;
    }).toThrow(TypeError);
    expect(() => {
      (p as unknown as { y: number }).y = 2;
    }).toThrow(TypeError);
    expect(p.x).toBe(1);
  });
  it('with() returns a new, changed instance of the same class and leaves the original alone', () => {
    const P = defineData({ x: 0, y: 0 }, { name: 'P' });
    class Sub extends P {}
    const p = new Sub({ x: 1, y: 2 });
    const q = p.with({ y: 5 });
    expect(q).not.toBe(p);
    expect(q).toBeInstanceOf(Sub);
    expect([p.x, p.y, q.x, q.y]).toEqual([1, 2, 1, 5]);
    expect(p.with({}).equals(p)).toBe(true);
  });
  it('calls a factory default once per new instance, never sharing its result', () => {
    let calls = 0;
    const Bag = defineData({
      items: () => {
        calls++;
        return [] as string[];
      },
    });
    const a = new Bag();
    const b = new Bag();
    a.items.push('apple');
    expect([a.items, b.items, calls]).toEqual([['apple'], [], 2]);
    new Bag({ items: ['given'] });
    expect(calls).toBe(2);
    a.with({});
    expect(calls).toBe(2);
  });
  it('refuses mutable defaults with a TypeError, as Python refuses `x: list = []`', () => {
    for (const bad of [[], {}, new Map(), new Set()]) expect(() => defineData({ x: bad }), Object.prototype.toString.call(bad)).toThrow(TypeError);
    expect(() => defineData({ a: null, b: 'text', c: 1n, d: () => new Map() })).not.toThrow();
  });
  it('is equal only to instances of exactly the same data class', () => {
    const A = defineData({ x: 0 });
    const B = defineData({ x: 0 });
    class SubA extends A {}
    expect([new A().equals(new B()), new A().equals(new SubA()), new A().equals({ x: 0 }), new A().equals(null)]).toEqual([false, false, false, false]);
  });
  it('compares nested data instances with their own equals, and other objects by identity', () => {
    const Inner = defineData({ v: 0 });
    const Outer = defineData({ inner: null as unknown, when: null as unknown });
    const day = new Date(0);
    const o1 = new Outer({ inner: new Inner({ v: 2 }), when: day });
    const o2 = new Outer({ inner: new Inner({ v: 2 }), when: day });
    const o3 = new Outer({ inner: new Inner({ v: 2 }), when: new Date(0) });
    expect([o1.equals(o2), o1.hashCode() === o2.hashCode(), o1.equals(o3)]).toEqual([true, true, false]);
  });
  it('prints like a Python repr and serialises to JSON', () => {
    const Inner = defineData({ v: 0 }, { name: 'Inner' });
    const Point = defineData({ x: 0, label: '', tags: () => ['t'], inner: null as unknown }, { name: 'Point' });
    const p = new Point({ x: 1.5, label: 'a"b', inner: new Inner({ v: 2 }) });
    expect(String(p)).toBe('Point(x=1.5, label="a\\"b", tags=["t"], inner=Inner(v=2))');
    expect(String(new (defineData({ n: Number.NaN }))())).toBe('Data(n=NaN)');
    expect(JSON.parse(JSON.stringify(p))).toEqual({ x: 1.5, label: 'a"b', tags: ['t'], inner: { v: 2 } });
  });
  it('lists its fields in the order of the defaults', () => {
    expect(defineData({ b: 1, a: 2, c: () => 3 }).fields).toEqual(['b', 'a', 'c']);
  });
});
