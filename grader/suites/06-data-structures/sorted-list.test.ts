import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedList } from '@impl/06-data-structures/sorted-list';
import { same } from './_kit.ts';

// Oracle: a model-based run against a plain array kept sorted by a stable sort after every add,
// with linear scans for the searches.
type Item = { key: number; id: number };
const byKey = (a: Item, b: Item) => a.key - b.key;
type Real = SortedList<Item>;
type Model = { items: Item[]; nextId: number };

const ids = (xs: Item[]) => xs.map((x) => `${x.key}#${x.id}`);
const probe = (key: number): Item => ({ key, id: -1 });
const linearLeft = (m: Model, k: number) => m.items.filter((x) => x.key < k).length;
const linearRight = (m: Model, k: number) => m.items.filter((x) => x.key <= k).length;
const agree = (m: Model, r: Real, op: string) => same({ items: ids(r.toArray()), length: r.length }, { items: ids(m.items), length: m.items.length }, `items after ${op}`);
const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    agree(m, r, name);
  },
  toString: () => name,
});
const key = fc.integer({ min: 0, max: 9 });
const commands = [
  key.map((k) =>
    cmd(`add(${k})`, (m, r) => {
      const item = { key: k, id: m.nextId++ };
      m.items = [...m.items, item].sort(byKey); // stable: equal keys stay in arrival order
      r.add(item);
    }),
  ),
  key.map((k) =>
    cmd(`remove(${k})`, (m, r) => {
      const i = m.items.findIndex((x) => x.key === k);
      if (i >= 0) m.items.splice(i, 1);
      same(r.remove(probe(k)), i >= 0, `remove(${k})`);
    }),
  ),
  key.map((k) =>
    cmd(`search(${k})`, (m, r) => {
      const p = probe(k);
      same(
        { bisectLeft: r.bisectLeft(p), bisectRight: r.bisectRight(p), count: r.count(p), has: r.has(p), indexOf: r.indexOf(p) },
        {
          bisectLeft: linearLeft(m, k),
          bisectRight: linearRight(m, k),
          count: m.items.filter((x) => x.key === k).length,
          has: m.items.some((x) => x.key === k),
          indexOf: m.items.findIndex((x) => x.key === k),
        },
        `searches for ${k}`,
      );
    }),
  ),
  fc.tuple(key, key, fc.boolean(), fc.boolean()).map(([a, b, li, hi]) =>
    cmd(`irange(${a}, ${b}, [${li}, ${hi}])`, (m, r) => {
      const want = m.items.filter((x) => (li ? x.key >= a : x.key > a) && (hi ? x.key <= b : x.key < b));
      same(ids(r.irange(probe(a), probe(b), [li, hi])), ids(want), `irange(${a}, ${b}, [${li}, ${hi}])`);
    }),
  ),
  fc.integer({ min: -12, max: 12 }).map((i) =>
    cmd(`at/pop(${i})`, (m, r) => {
      const inRange = i >= -m.items.length && i < m.items.length;
      if (!inRange) {
        expect(() => r.at(i)).toThrow(RangeError);
        return void expect(() => r.pop(i)).toThrow(RangeError);
      }
      const at = i < 0 ? i + m.items.length : i;
      same(ids([r.at(i)]), ids([m.items[at]!]), `at(${i})`);
      same(ids([r.pop(i)]), ids(m.items.splice(at, 1)), `pop(${i})`);
    }),
  ),
];

describe('SortedList', () => {
  it('matches a sorted-array model over random add/remove/search/irange/pop sequences', () => {
    fc.assert(fc.property(fc.commands(commands, { maxCommands: 100 }), (cmds) => fc.modelRun(() => ({ model: { items: [], nextId: 0 }, real: new SortedList<Item>(null, byKey) }), cmds)));
  });

  it('keeps equal items in the order they were added (insort_right)', () => {
    const xs = new SortedList<Item>(null, byKey);
    for (const [id, key] of [3, 1, 3, 2, 3].entries()) xs.add({ key, id });
    expect(ids(xs.toArray())).toEqual(['1#1', '2#3', '3#0', '3#2', '3#4']);
  });

  it('sorts numbers numerically by default (not as strings) and iterates in order', () => {
    const xs = new SortedList([10, 9, 100, -1, 2.5]);
    expect([...xs]).toEqual([-1, 2.5, 9, 10, 100]);
    expect(xs.pop()).toBe(100);
    expect(xs.at(-1)).toBe(10);
    xs.update([0, 50]);
    expect(xs.toArray()).toEqual([-1, 0, 2.5, 9, 10, 50]);
  });

  it('answers bisect like the bisect module on random sorted data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }), fc.integer({ min: -25, max: 25 }), (xs, x) => {
        const s = new SortedList(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        same([s.bisectLeft(x), s.bisectRight(x)], [sorted.filter((y) => y < x).length, sorted.filter((y) => y <= x).length], `bisect ${x} in ${JSON.stringify(sorted)}`);
      }),
    );
  });
});
