import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkedList, type ListNode } from '@impl/06-data-structures/linked-list';
import { same } from './_kit.ts';

// Oracle: a model-based run against a plain Array, plus structural checks on the nodes.
type Real = LinkedList<number>;
type Model = { items: number[] };

/** Walks the nodes from head: they must spell toArray(), number `length` and end in null. */
function checkNodes(r: Real, op: string): void {
  const seen: number[] = [];
  let n: ListNode<number> | null = r.head;
  while (n && seen.length <= r.length) {
    seen.push(n.value);
    n = n.next;
  }
  same({ viaNodes: seen, length: r.length }, { viaNodes: r.toArray(), length: r.toArray().length }, `node chain after ${op}`);
}
const agree = (m: Model, r: Real, op: string) => {
  same({ items: r.toArray(), length: r.length }, { items: m.items, length: m.items.length }, `state after ${op}`);
  checkNodes(r, op);
};
const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    agree(m, r, name);
  },
  toString: () => name,
});
const value = fc.integer({ min: 0, max: 20 });
const index = fc.integer({ min: -2, max: 12 });
const commands = [
  value.map((x) => cmd(`pushFront(${x})`, (m, r) => (m.items.unshift(x), r.pushFront(x)))),
  value.map((x) => cmd(`pushBack(${x})`, (m, r) => (m.items.push(x), r.pushBack(x)))),
  fc.constant(
    cmd('popFront()', (m, r) => {
      if (!m.items.length) return void expect(() => r.popFront()).toThrow(RangeError);
      same(r.popFront(), m.items.shift(), 'popFront()');
    }),
  ),
  fc.constant(
    cmd('popBack()', (m, r) => {
      if (!m.items.length) return void expect(() => r.popBack()).toThrow(RangeError);
      same(r.popBack(), m.items.pop(), 'popBack()');
    }),
  ),
  fc.tuple(index, value).map(([i, x]) =>
    cmd(`insertAt(${i}, ${x})`, (m, r) => {
      if (i < 0 || i > m.items.length) return void expect(() => r.insertAt(i, x)).toThrow(RangeError);
      m.items.splice(i, 0, x);
      r.insertAt(i, x);
    }),
  ),
  index.map((i) =>
    cmd(`removeAt(${i})`, (m, r) => {
      if (i < 0 || i >= m.items.length) return void expect(() => r.removeAt(i)).toThrow(RangeError);
      same(r.removeAt(i), m.items.splice(i, 1)[0], `removeAt(${i})`);
    }),
  ),
  index.map((i) =>
    cmd(`get(${i})`, (m, r) => {
      if (i < 0 || i >= m.items.length) return void expect(() => r.get(i)).toThrow(RangeError);
      same(r.get(i), m.items[i], `get(${i})`);
    }),
  ),
  value.map((x) =>
    cmd(`indexOf/remove(${x})`, (m, r) => {
      const i = m.items.indexOf(x);
      same(r.indexOf(x), i, `indexOf(${x})`);
      if (i >= 0) m.items.splice(i, 1);
      same(r.remove(x), i >= 0, `remove(${x})`);
    }),
  ),
  fc.constant(cmd('reverse()', (m, r) => (m.items.reverse(), r.reverse()))),
];

describe('LinkedList', () => {
  it('matches an Array model over random command sequences (reverse, then push, included)', () => {
    fc.assert(fc.property(fc.commands(commands, { maxCommands: 100 }), (cmds) => fc.modelRun(() => ({ model: { items: [] }, real: new LinkedList<number>() }), cmds)));
  });

  it('reverses in place: the same node objects, relinked in the opposite order', () => {
    const list = new LinkedList([1, 2, 3, 4, 5]);
    const before: ListNode<number>[] = [];
    for (let n = list.head; n; n = n.next) before.push(n);
    list.reverse();
    const after: ListNode<number>[] = [];
    for (let n = list.head; n; n = n.next) after.push(n);
    expect(after.length).toBe(5);
    after.forEach((node, i) => expect(node).toBe(before[4 - i]));
    expect(list.toArray()).toEqual([5, 4, 3, 2, 1]);
  });

  it('keeps working at the tail after reverse and after removing the last node', () => {
    const list = new LinkedList([1, 2, 3]);
    list.reverse();
    list.pushBack(0);
    expect(list.toArray()).toEqual([3, 2, 1, 0]);
    list.removeAt(3);
    list.pushBack(9);
    expect(list.toArray()).toEqual([3, 2, 1, 9]);
    expect(list.popBack()).toBe(9);
    expect(list.popBack()).toBe(1);
    list.pushBack(7);
    expect(list.toArray()).toEqual([3, 2, 7]);
  });

  it('empties cleanly and can be refilled from either end', () => {
    const list = new LinkedList([1]);
    expect(list.popFront()).toBe(1);
    expect(list.head).toBeNull();
    list.pushBack(2);
    list.pushFront(1);
    expect(list.toArray()).toEqual([1, 2]);
    expect(list.popBack()).toBe(2);
    expect(list.popBack()).toBe(1);
    expect(() => list.popBack()).toThrow(RangeError);
    list.pushBack(3);
    expect([...list]).toEqual([3]);
  });

  it('reverses an empty and a one-item list without breaking', () => {
    const empty = new LinkedList<number>();
    empty.reverse();
    expect(empty.toArray()).toEqual([]);
    empty.pushBack(1);
    expect(empty.toArray()).toEqual([1]);
    const one = new LinkedList([7]);
    one.reverse();
    one.pushBack(8);
    expect(one.toArray()).toEqual([7, 8]);
  });
});
