import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DynamicArray } from '@impl/06-data-structures/dynamic-array';
import { everyCase, loadGolden, outcome, same, show } from './_kit.ts';

// Oracles: Python's list index rules (goldens) and a model (a plain Array plus the capacity rule
// written out: start at 1, double when full, halve when a removal leaves length <= capacity / 4).
interface Step {
  op: 'push' | 'insert' | 'pop' | 'removeAt' | 'get' | 'set';
  before: number[];
  arg?: number[];
  result?: number;
  error?: 'IndexError';
  after: number[];
}
const golden = loadGolden<{ scripts: { steps: Step[] }[] }>('dynamic-array');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, where: `script ${si} step ${i}` })));

function apply(a: DynamicArray<number>, s: Step): unknown {
  const [x, y] = s.arg ?? [];
  switch (s.op) {
    case 'push':
      return a.push(x!);
    case 'insert':
      return a.insert(x!, y!);
    case 'pop':
      return a.pop();
    case 'removeAt':
      return a.removeAt(x!);
    case 'get':
      return a.get(x!);
    case 'set':
      return a.set(x!, y!);
  }
}

class Model {
  items: number[] = [];
  capacity = 1;
  grow() {
    if (this.items.length === this.capacity) this.capacity *= 2;
  }
  shrink() {
    if (this.items.length <= this.capacity / 4 && this.capacity > 1) this.capacity /= 2;
  }
}
type Real = DynamicArray<number>;
const agree = (m: Model, r: Real, op: string) => same({ items: r.toArray(), length: r.length, capacity: r.capacity }, { items: m.items, length: m.items.length, capacity: m.capacity }, `state after ${op}`);
const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    agree(m, r, name);
  },
  toString: () => name,
});
const value = fc.integer({ min: 0, max: 999 });
const index = fc.integer({ min: -12, max: 12 });
const inRange = (m: Model, i: number) => i >= -m.items.length && i < m.items.length;
const norm = (m: Model, i: number) => (i < 0 ? i + m.items.length : i);
const commands = [
  value.map((x) =>
    cmd(`push(${x})`, (m, r) => {
      m.grow();
      m.items.push(x);
      r.push(x);
    }),
  ),
  fc.constant(
    cmd('pop()', (m, r) => {
      if (m.items.length === 0) return expect(() => r.pop()).toThrow(RangeError);
      const want = m.items.pop();
      m.shrink();
      same(r.pop(), want, 'pop()');
    }),
  ),
  fc.tuple(index, value).map(([i, x]) =>
    cmd(`insert(${i}, ${x})`, (m, r) => {
      // Python: list.insert clamps the (end-relative) index into [0, len].
      const at = Math.min(Math.max(i < 0 ? i + m.items.length : i, 0), m.items.length);
      m.grow();
      m.items.splice(at, 0, x);
      r.insert(i, x);
    }),
  ),
  index.map((i) =>
    cmd(`removeAt(${i})`, (m, r) => {
      if (!inRange(m, i)) return expect(() => r.removeAt(i)).toThrow(RangeError);
      const [want] = m.items.splice(norm(m, i), 1);
      m.shrink();
      same(r.removeAt(i), want, `removeAt(${i})`);
    }),
  ),
  fc.tuple(index, value).map(([i, x]) =>
    cmd(`get/set(${i}, ${x})`, (m, r) => {
      if (!inRange(m, i)) {
        expect(() => r.get(i)).toThrow(RangeError);
        return expect(() => r.set(i, x)).toThrow(RangeError);
      }
      same(r.get(i), m.items[norm(m, i)], `get(${i})`);
      m.items[norm(m, i)] = x;
      r.set(i, x);
    }),
  ),
];

describe('DynamicArray', () => {
  it('follows Python list index rules for insert, pop(i), xs[i] and xs[i] = v', () => {
    everyCase(
      steps,
      (s) => `${s.where}: ${show(s.before)}.${s.op}(${(s.arg ?? []).join(', ')})`,
      (s) => {
        const a = new DynamicArray(s.before);
        const got = outcome(() => apply(a, s));
        const want = s.error ? { error: 'RangeError' } : { value: 'result' in s ? s.result : undefined };
        same(got, want, 'outcome (IndexError in Python is RangeError here)');
        same(a.toArray(), s.after, 'items after');
      },
    );
  });

  it('doubles its capacity when full: 1, 2, 4, 4, 8, … while pushing 1..9', () => {
    const a = new DynamicArray<number>();
    const m = new Model();
    const trace: number[] = [];
    const want: number[] = [];
    for (let i = 1; i <= 9; i++) {
      a.push(i);
      m.grow();
      m.items.push(i);
      trace.push(a.capacity);
      want.push(m.capacity);
    }
    expect(trace).toEqual(want);
    expect(trace).toEqual([1, 2, 4, 4, 8, 8, 8, 8, 16]);
  });

  it('halves its capacity only when a quarter full, so push/pop at a boundary does not thrash', () => {
    const a = new DynamicArray<number>([1, 2, 3, 4, 5]); // capacity 8
    const trace: number[] = [a.capacity];
    for (let i = 0; i < 3; i++) {
      a.pop();
      trace.push(a.capacity);
      a.push(i);
      trace.push(a.capacity);
    }
    expect(trace).toEqual([8, 8, 8, 8, 8, 8, 8]);
    const drained: number[] = [];
    while (a.length) {
      a.pop();
      drained.push(a.capacity);
    }
    expect(drained).toEqual([8, 8, 4, 2, 1]);
  });

  it('matches an Array-plus-capacity model over random command sequences', () => {
    fc.assert(fc.property(fc.commands(commands, { maxCommands: 120 }), (cmds) => fc.modelRun(() => ({ model: new Model(), real: new DynamicArray<number>() }), cmds)));
  });

  it('starts from an iterable with the capacity pushes would give, and iterates in order', () => {
    for (const n of [0, 1, 2, 3, 5, 8, 17]) {
      const items = Array.from({ length: n }, (_, i) => i * 3);
      const a = new DynamicArray(items);
      const m = new Model();
      for (const x of items) {
        m.grow();
        m.items.push(x);
      }
      expect({ n, items: [...a], capacity: a.capacity }).toEqual({ n, items, capacity: m.capacity });
    }
  });

  it('grows to 65 536 slots for 50 000 pushes and shrinks back to 1 when drained', () => {
    const a = new DynamicArray<number>();
    for (let i = 0; i < 50_000; i++) a.push(i);
    expect(a.capacity).toBe(65536);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += a.pop();
    expect(sum).toBe((49_999 * 50_000) / 2);
    expect(a.capacity).toBe(1);
  });
});
