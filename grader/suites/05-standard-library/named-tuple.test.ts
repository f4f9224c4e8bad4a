import { describe, expect, it } from 'vitest';
import { ValueError } from '@impl/05-standard-library/_errors';
import { defineTuple } from '@impl/05-standard-library/named-tuple';
import { everyCase, loadGolden, same } from './_kit.ts';

// Oracle: Python's collections.namedtuple (grader/goldens/05-standard-library.py).
interface Instance {
  args: unknown[];
  tuple: unknown[];
  repr: string;
  asDict: [string, unknown][];
  replace: { changes: Record<string, unknown>; tuple: unknown[] };
  equalsPlainTuple: boolean;
  length: number;
}
interface Case {
  name: string;
  fields: string[];
  defaults: unknown[] | null;
  fieldDefaults: [string, unknown][];
  instances: Instance[];
  arity: { n: number; ok: boolean }[];
  make: unknown[];
}
interface Golden {
  cases: Case[];
  fieldNames: { fields: string[]; ok: boolean }[];
  crossType: { equal: boolean; unequal: boolean };
}
const golden = loadGolden<Golden>('named-tuple');
const define = (c: Case) => defineTuple({ name: c.name, ...(c.defaults ? { defaults: c.defaults } : {}) }, ...c.fields);
const caseLabel = (c: Case) => `namedtuple(${JSON.stringify(c.name)}, ${JSON.stringify(c.fields)}, defaults=${JSON.stringify(c.defaults)})`;
const instances = golden.cases.flatMap((c) => c.instances.map((inst) => ({ c, inst })));
const instLabel = ({ c, inst }: (typeof instances)[number]) => `${caseLabel(c)}(*${JSON.stringify(inst.args)})`;

describe('defineTuple', () => {
  it('builds tuples whose items, length and field getters match Python (defaults fill the rightmost fields)', () => {
    everyCase(instances, instLabel, ({ c, inst }) => {
      const T = define(c);
      const t = T(...inst.args);
      same([...t], inst.tuple, 'items');
      same(t.length, inst.length, 'length');
      same(
        c.fields.map((f) => (t as unknown as Record<string, unknown>)[f]),
        inst.tuple,
        'field getters',
      );
    });
  });

  it('toString() prints like repr(): Point(x=1, y=2), strings quoted, None for null', () => {
    everyCase(instances, instLabel, ({ c, inst }) => same(define(c)(...inst.args).toString(), inst.repr, 'toString()'));
  });

  it('asDict() is _asdict(): a plain object in field order', () => {
    everyCase(instances, instLabel, ({ c, inst }) => same(Object.entries(define(c)(...inst.args).asDict()), inst.asDict, 'asDict() entries'));
  });

  it('replace() is _replace(): a new tuple, the original unchanged', () => {
    everyCase(instances, instLabel, ({ c, inst }) => {
      const t = define(c)(...inst.args);
      const r = t.replace(inst.replace.changes as never);
      same([...r], inst.replace.tuple, `replace(${JSON.stringify(inst.replace.changes)})`);
      same([...t], inst.tuple, 'original after replace');
    });
  });

  it('replace() with an unknown field throws ValueError', () => {
    const P = defineTuple({ name: 'P' }, 'x', 'y');
    expect(() => P(1, 2).replace({ z: 3 } as never)).toThrow(ValueError);
  });

  it('equals() compares items like tuple ==, against plain arrays and other tuple types alike', () => {
    everyCase(instances, instLabel, ({ c, inst }) => same(define(c)(...inst.args).equals(inst.tuple), inst.equalsPlainTuple, 'equals(plain array)'));
    const P = defineTuple({ name: 'P' }, 'x', 'y');
    const Q = defineTuple({ name: 'Q' }, 'a', 'b');
    expect(P(1, 2).equals(Q(1, 2))).toBe(golden.crossType.equal);
    expect(P(1, 2).equals(Q(2, 1))).toBe(golden.crossType.unequal);
    expect(P(1, 2).equals([1, 2, 3])).toBe(false);
  });

  it('throws TypeError for too few or too many arguments, counting defaults', () => {
    everyCase(golden.cases, caseLabel, (c) => {
      const T = define(c);
      for (const { n, ok } of c.arity) {
        let threw: unknown;
        try {
          T(...Array.from({ length: n }, (_, i) => i));
        } catch (e) {
          threw = e;
        }
        if ((threw as { name?: string } | undefined)?.name === 'NotImplementedError') throw threw;
        same(threw === undefined ? 'ok' : threw instanceof TypeError ? 'TypeError' : String(threw), ok ? 'ok' : 'TypeError', `calling with ${n} arguments`);
      }
    });
  });

  it('exposes fields, typeName, fieldDefaults and make() like _fields, __name__, _field_defaults and _make()', () => {
    everyCase(golden.cases, caseLabel, (c) => {
      const T = define(c);
      same([...T.fields], c.fields, 'fields');
      same(T.typeName, c.name, 'typeName');
      same(Object.entries(T.fieldDefaults), c.fieldDefaults, 'fieldDefaults');
      same([...T.make(c.make)], c.make, `make(${JSON.stringify(c.make)})`);
    });
    const P = defineTuple({ name: 'P' }, 'x', 'y');
    expect(() => P.make([1])).toThrow(TypeError);
  });

  it('rejects the field names Python rejects (duplicates, leading underscore, non-identifiers) with ValueError', () => {
    everyCase(
      golden.fieldNames,
      (f) => `namedtuple('T', ${JSON.stringify(f.fields)})`,
      ({ fields, ok }) => {
        let threw: unknown;
        try {
          defineTuple(...fields);
        } catch (e) {
          threw = e;
        }
        if ((threw as { name?: string } | undefined)?.name === 'NotImplementedError') throw threw;
        same(threw === undefined ? 'ok' : threw instanceof ValueError ? 'ValueError' : String(threw), ok ? 'ok' : 'ValueError', 'outcome');
      },
    );
  });

  it('rejects field names that would shadow array members or tuple methods with ValueError', () => {
    for (const f of ['length', 'map', 'replace', 'toString']) {
      expect(() => defineTuple('a', f), f).toThrow(ValueError);
    }
  });

  it('instances are frozen arrays: indexable, spreadable, destructurable, immutable', () => {
    const Point = defineTuple({ name: 'Point' }, 'x', 'y');
    const p = Point(1, 2);
    expect(Array.isArray(p)).toBe(true);
    const [x, y] = p;
    expect([x, y, p[0], p[1]]).toEqual([1, 2, 1, 2]);
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p as unknown as { x: number }).x = 5;
    }).toThrow(TypeError);
    expect(() => {
      (p as unknown as number[])[0] = 5;
    }).toThrow(TypeError);
    expect(p.x).toBe(1);
  });

  it('instanceof tells tuple types apart, and the default name is Tuple', () => {
    const Point = defineTuple({ name: 'Point' }, 'x', 'y');
    const Other = defineTuple('x', 'y');
    expect(Point(1, 2)).toBeInstanceOf(Point);
    expect(Point(1, 2) instanceof Other).toBe(false);
    expect(Other(1, 2).toString()).toBe('Tuple(x=1, y=2)');
  });
});
