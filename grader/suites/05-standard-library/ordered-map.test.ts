import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyError } from '@impl/05-standard-library/_errors';
import { OrderedMap } from '@impl/05-standard-library/ordered-map';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracles: Python's collections.OrderedDict (goldens) and a model-based run against an array of pairs.
type Pairs = [string, number][];
interface Step {
  op: string;
  before: Pairs;
  arg?: unknown;
  result?: unknown;
  error?: 'KeyError';
  state: Pairs;
}
const golden = loadGolden<{ scripts: { start: Pairs; steps: Step[] }[] }>('ordered-map');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, where: `script ${si} step ${i}` })));
type LabeledStep = (typeof steps)[number];

function apply(od: OrderedMap<string, number>, step: Step): { result?: unknown; error?: string } {
  try {
    switch (step.op) {
      case 'set': {
        const [k, v] = step.arg as [string, number];
        od.set(k, v);
        return {};
      }
      case 'delete':
        return { result: od.delete(step.arg as string) };
      case 'moveToEnd': {
        const [k, last] = step.arg as [string, boolean];
        od.moveToEnd(k, last);
        return {};
      }
      case 'popItem':
        return { result: od.popItem(step.arg as boolean) };
      case 'get':
        return { result: od.get(step.arg as string) ?? null };
      case 'equalsOrdered':
        return { result: od.equals(new OrderedMap(step.arg as Pairs)) };
      case 'equalsPlain':
        return { result: od.equals(new Map(step.arg as Pairs)) };
      case 'reversed':
        return { result: [...od.reversed()] };
      default:
        throw new Error(`unknown op ${step.op}`);
    }
  } catch (e) {
    if (e instanceof KeyError) return { error: 'KeyError' };
    throw e;
  }
}
const expectedOf = (s: Step) => ({ ...('result' in s ? { result: s.result } : {}), ...(s.error ? { error: s.error } : {}) });
const label = (s: LabeledStep) => `${s.where}: OrderedDict(${show(s.before)}).${s.op}(${s.arg === undefined ? '' : show(s.arg)})`;
function checkStep(s: LabeledStep): void {
  const od = new OrderedMap<string, number>(s.before);
  same(apply(od, s), expectedOf(s), `${s.op} outcome`);
  same([...od], s.state, `entries after ${s.op}`);
}
const stepsOf = (...ops: string[]) => steps.filter((s) => ops.includes(s.op));

// ---- model-based test against an array of [key, value] pairs --------------------------------
type Model = { pairs: Pairs };
type Real = OrderedMap<string, number>;
const agree = (m: Model, r: Real, op: string) => {
  const got = [...r];
  const ok = got.length === m.pairs.length && got.every(([k, v], i) => k === m.pairs[i]![0] && v === m.pairs[i]![1]) && r.size === m.pairs.length;
  if (!ok) expect({ after: op, entries: got, size: r.size }).toEqual({ after: op, entries: m.pairs, size: m.pairs.length });
};
const eq = (got: unknown, want: unknown, op: string) => {
  if (!Object.is(got, want)) expect({ op, got }).toEqual({ op, got: want });
};
const find = (m: Model, k: string) => m.pairs.findIndex(([key]) => key === k);
const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    agree(m, r, name);
  },
  toString: () => name,
});
const commands = [
  fc.tuple(key, fc.integer({ min: 0, max: 99 })).map(([k, v]) =>
    cmd(`set(${k}, ${v})`, (m, r) => {
      const i = find(m, k);
      if (i >= 0) m.pairs[i]![1] = v;
      else m.pairs.push([k, v]);
      r.set(k, v);
    }),
  ),
  key.map((k) =>
    cmd(`delete(${k})`, (m, r) => {
      const i = find(m, k);
      if (i >= 0) m.pairs.splice(i, 1);
      eq(r.delete(k), i >= 0, `delete(${k})`);
    }),
  ),
  fc.tuple(key, fc.boolean()).map(([k, last]) =>
    cmd(`moveToEnd(${k}, ${last})`, (m, r) => {
      const i = find(m, k);
      if (i < 0) {
        expect(() => r.moveToEnd(k, last)).toThrow(KeyError);
        return;
      }
      const [p] = m.pairs.splice(i, 1);
      if (last) m.pairs.push(p!);
      else m.pairs.unshift(p!);
      r.moveToEnd(k, last);
    }),
  ),
  fc.boolean().map((last) =>
    cmd(`popItem(${last})`, (m, r) => {
      if (m.pairs.length === 0) {
        expect(() => r.popItem(last)).toThrow(KeyError);
        return;
      }
      const want = last ? m.pairs.pop()! : m.pairs.shift()!;
      const got = r.popItem(last);
      eq(got[0], want[0], `popItem(${last}) key`);
      eq(got[1], want[1], `popItem(${last}) value`);
    }),
  ),
  key.map((k) =>
    cmd(`get(${k})`, (m, r) => {
      const i = find(m, k);
      eq(r.get(k), i >= 0 ? m.pairs[i]![1] : undefined, `get(${k})`);
      eq(r.has(k), i >= 0, `has(${k})`);
    }),
  ),
  fc.constant(
    cmd('reversed()', (m, r) => {
      expect([...r.reversed()]).toEqual(m.pairs.map(([k]) => k).reverse());
    }),
  ),
];

describe('OrderedMap', () => {
  it('set keeps the position of an existing key and appends a new one', () => {
    everyCase(stepsOf('set', 'get'), label, checkStep);
  });

  it('moveToEnd(key, last) moves to either end like move_to_end, and throws KeyError for a missing key', () => {
    everyCase(stepsOf('moveToEnd'), label, checkStep);
  });

  it('popItem(last) pops LIFO or FIFO like popitem, and throws KeyError when empty', () => {
    everyCase(stepsOf('popItem'), label, checkStep);
  });

  it('delete removes a key and reversed lists the keys last to first', () => {
    everyCase(stepsOf('delete', 'reversed'), label, checkStep);
  });

  it('equals is order-sensitive against an OrderedMap and order-insensitive against a plain Map', () => {
    everyCase(stepsOf('equalsOrdered', 'equalsPlain'), label, checkStep);
    const od = new OrderedMap([
      ['a', 1],
      ['b', 2],
    ]);
    const swapped: [string, number][] = [
      ['b', 2],
      ['a', 1],
    ];
    expect(od.equals(new OrderedMap(swapped))).toBe(false);
    expect(od.equals(new Map(swapped))).toBe(true);
  });

  it('replays whole Python scripts on one map', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: OrderedDict(${show(s.start)}) then ${s.steps.map((x) => `${x.op}(${show(x.arg)})`).join(', ')}`,
      (s) => {
        const od = new OrderedMap<string, number>(s.start);
        for (const step of s.steps) {
          same(apply(od, step), expectedOf(step), `${step.op}(${show(step.arg)}) outcome`);
          same([...od], step.state, `entries after ${step.op}(${show(step.arg)})`);
        }
      },
    );
  });

  it('behaves like an array-of-pairs model over random command sequences', () => {
    fc.assert(fc.property(fc.commands(commands, { maxCommands: 60 }), (cmds) => fc.modelRun(() => ({ model: { pairs: [] }, real: new OrderedMap<string, number>() }), cmds)));
  });

  it('keys, values, entries and iteration agree; clear empties it', () => {
    const od = new OrderedMap([
      ['x', 1],
      ['y', 2],
    ]);
    expect([...od.keys()]).toEqual(['x', 'y']);
    expect([...od.values()]).toEqual([1, 2]);
    expect([...od.entries()]).toEqual([...od]);
    od.clear();
    expect(od.size).toBe(0);
    expect([...od]).toEqual([]);
    od.set('z', 3);
    expect([...od]).toEqual([['z', 3]]);
  });
});
