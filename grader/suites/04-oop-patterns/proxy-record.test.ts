import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createRecord, type FieldType, type Schema } from '@impl/04-oop-patterns/proxy-record';

// Records are strict proxies: the suite never hands one to expect() directly (its formatter
// probes odd property names); it compares plain copies and single fields instead.
type Any = Record<string | symbol, unknown>;
const plain = (r: unknown) => ({ ...(r as Any) });

const outcome = (f: () => unknown): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof TypeError ? 'TypeError' : `unexpected ${String(e)}`;
  }
};

const personSchema = { name: 'string', age: 'integer', email: { type: 'string', optional: true }, id: { type: 'integer', readonly: true } } as const;
const makePerson = () => createRecord(personSchema, { name: 'Person' });

// ---- model: a record is a map of typed, optionally read-only fields --------------------------
type Spec = { type: FieldType; optional: boolean; readonly: boolean };
const accepts = (s: Spec, v: unknown) =>
  (v === undefined && s.optional) ||
  (s.type === 'string' && typeof v === 'string') ||
  (s.type === 'boolean' && typeof v === 'boolean') ||
  (s.type === 'number' && typeof v === 'number' && !Number.isNaN(v)) ||
  (s.type === 'integer' && Number.isInteger(v));

const fieldNames = ['alpha', 'beta', 'gamma', 'delta'];
const strangers = ['alpah', 'zeta', 'Beta', 'x'];
const anyValue = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, Number.NaN, -0, Infinity, true, false, null, undefined, '7'));
const specArb = fc.record({ type: fc.constantFrom<FieldType>('string', 'number', 'integer', 'boolean'), optional: fc.boolean(), readonly: fc.boolean() });
const valueFor = (s: Spec): fc.Arbitrary<unknown> =>
  s.type === 'string' ? fc.string({ maxLength: 4 }) : s.type === 'boolean' ? fc.boolean() : s.type === 'integer' ? fc.integer({ min: -99, max: 99 }) : fc.double({ noNaN: true });

const scenario = fc
  .uniqueArray(fc.constantFrom(...fieldNames), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(fc.constant(names), fc.array(specArb, { minLength: names.length, maxLength: names.length })))
  .chain(([names, specs]) =>
    fc.record({
      names: fc.constant(names),
      specs: fc.constant(specs as Spec[]),
      init: fc.tuple(...specs.map((s) => (s.optional ? fc.option(valueFor(s), { nil: undefined }) : valueFor(s)))),
      ops: fc.array(
        fc.oneof(
          fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...names, ...strangers), value: anyValue }),
          fc.record({ op: fc.constant('get' as const), key: fc.constantFrom(...names, ...strangers) }),
          fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom(...names, ...strangers) }),
        ),
        { maxLength: 20 },
      ),
    }),
  );

describe('createRecord: model-based (fast-check)', () => {
  it('agrees with a map of typed fields for random schemas and random get/set/delete sequences', () => {
    fc.assert(
      fc.property(scenario, ({ names, specs, init, ops }) => {
        const schema: Schema = Object.fromEntries(names.map((n, i) => [n, specs[i]!]));
        const make = createRecord(schema);
        const model = new Map<string, unknown>(names.map((n, i) => [n, init[i]]));
        const rec = make(Object.fromEntries(names.map((n, i) => [n, init[i]]).filter(([, v]) => v !== undefined)) as never) as Any;
        const spec = (k: string) => specs[names.indexOf(k)]!;
        for (const o of ops) {
          const known = model.has(o.key);
          if (o.op === 'get') {
            const want = known ? 'ok' : 'TypeError';
            let got: unknown;
            expect(outcome(() => (got = rec[o.key])), `get ${o.key}`).toBe(want);
            if (known) expect(Object.is(got, model.get(o.key)), `value of ${o.key}`).toBe(true);
          } else if (o.op === 'set') {
            const ok = known && !spec(o.key).readonly && accepts(spec(o.key), o.value);
            expect(
              outcome(() => {
                rec[o.key] = o.value;
              }),
              `set ${o.key} = ${String(o.value)}`,
            ).toBe(ok ? 'ok' : 'TypeError');
            if (ok) model.set(o.key, o.value);
          } else {
            expect(
              outcome(() => {
                delete rec[o.key];
              }),
              `delete ${o.key}`,
            ).toBe('TypeError');
          }
          expect(Object.keys(rec)).toEqual(names);
          expect(names.map((n) => Object.is(rec[n], model.get(n)))).toEqual(names.map(() => true));
        }
      }),
    );
  });
});

describe('createRecord: creation', () => {
  it('builds a record whose plain copy holds every field in schema order', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 1 });
    expect(Object.keys(p)).toEqual(['name', 'age', 'email', 'id']);
    expect(plain(p)).toEqual({ name: 'Ada', age: 36, email: undefined, id: 1 });
  });
  it('lists every missing required field at once (TypeError)', () => {
    let e: unknown;
    try {
      makePerson()({ email: 'a@b' } as never);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(TypeError);
    for (const f of ['name', 'age', 'id']) expect((e as Error).message).toContain(f);
  });
  it('lists unknown keys (TypeError)', () => {
    let e: unknown;
    try {
      makePerson()({ name: 'Ada', age: 1, id: 1, nick: 'A', agee: 3 } as never);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toContain('nick');
    expect((e as Error).message).toContain('agee');
  });
  it('checks the types of the initial values', () => {
    for (const bad of [{ age: 1.5 }, { age: '3' }, { name: 7 }, { email: 5 }, { id: Number.NaN }]) {
      expect(outcome(() => makePerson()({ name: 'Ada', age: 1, id: 1, ...bad } as never)), JSON.stringify(bad)).toBe('TypeError');
    }
  });
  it('tells number from integer, and refuses NaN for number', () => {
    const M = createRecord({ n: 'number', i: 'integer', b: 'boolean' });
    const r = M({ n: 0.5, i: -3, b: false }) as Any;
    expect(outcome(() => (r.n = Infinity))).toBe('ok');
    expect(outcome(() => (r.n = Number.NaN))).toBe('TypeError');
    expect(outcome(() => (r.i = 2.5))).toBe('TypeError');
    expect(outcome(() => (r.b = 0))).toBe('TypeError');
    expect(plain(r)).toEqual({ n: Infinity, i: -3, b: false });
  });
  it('refuses an unknown type name in the schema', () => {
    expect(outcome(() => createRecord({ when: 'date' as FieldType }))).toBe('TypeError');
  });
  it('exposes the field names', () => {
    expect(makePerson().fields).toEqual(['name', 'age', 'email', 'id']);
  });
});

describe('createRecord: traps', () => {
  it('refuses writes to a readonly field and keeps the value', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 }) as Any;
    expect(outcome(() => (p.id = 8))).toBe('TypeError');
    expect(p.id).toBe(7);
  });
  it('accepts undefined for an optional field only', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7, email: 'ada@example.org' }) as Any;
    expect(outcome(() => (p.email = undefined))).toBe('ok');
    expect(outcome(() => (p.name = undefined))).toBe('TypeError');
    expect([p.email, p.name]).toEqual([undefined, 'Ada']);
  });
  it('answers `in` for fields and inherited members, not for strangers', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 });
    expect(['name' in p, 'email' in p, 'toString' in p, 'nick' in p]).toEqual([true, true, true, false]);
  });
  it('lets symbols and inherited methods through', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 }) as Any;
    expect(p[Symbol.iterator]).toBeUndefined();
    expect((p.hasOwnProperty as (k: string) => boolean).call(p, 'age')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(p, 'nick')).toBe(false);
  });
  it('renders like a Python repr and serialises to JSON', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 });
    expect(String(p)).toBe('Person(name="Ada", age=36, email=undefined, id=7)');
    expect(`${createRecord({ ok: 'boolean' })({ ok: true })}`).toBe('Record(ok=true)');
    expect(JSON.parse(JSON.stringify(p))).toEqual({ name: 'Ada', age: 36, id: 7 });
  });
  it('can be returned from an async function (reading `then` gives undefined)', async () => {
    const load = async () => makePerson()({ name: 'Ada', age: 36, id: 7 });
    const p = await load();
    expect(p.name).toBe('Ada');
    expect((p as Any).then).toBeUndefined();
  });
  it('routes Object.defineProperty through the same checks', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 }) as Any;
    expect(outcome(() => Object.defineProperty(p, 'age', { value: 40 }))).toBe('ok');
    expect(outcome(() => Object.defineProperty(p, 'age', { value: 'forty' }))).toBe('TypeError');
    expect(outcome(() => Object.defineProperty(p, 'nick', { value: 'A' }))).toBe('TypeError');
    expect(outcome(() => Object.defineProperty(p, 'id', { value: 9 }))).toBe('TypeError');
    expect(plain(p)).toEqual({ name: 'Ada', age: 40, email: undefined, id: 7 });
  });
  it('refuses to change its prototype', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 });
    expect(outcome(() => Object.setPrototypeOf(p, null))).toBe('TypeError');
  });
  it('names the field and the expected type in a refused write', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 }) as Any;
    let e: unknown;
    try {
      p.age = 'old';
    } catch (err) {
      e = err;
    }
    expect((e as Error).message).toContain('age');
    expect((e as Error).message).toContain('integer');
  });
  it('types the record from the schema', () => {
    const p = makePerson()({ name: 'Ada', age: 36, id: 7 });
    expectTypeOf(p.name).toEqualTypeOf<string>();
    expectTypeOf(p.email).toEqualTypeOf<string | undefined>();
    expectTypeOf(p).not.toHaveProperty('nick');
    const typeOnly = () => {
      // @ts-expect-error id is readonly
      p.id = 3;
      // @ts-expect-error age is a number
      p.age = 'x';
    };
    void typeOnly;
  });
});
