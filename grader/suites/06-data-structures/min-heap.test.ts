import { mulberry32, randInt } from '@roadmap/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap, nLargest, nSmallest } from '@impl/06-data-structures/min-heap';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracles: Python's heapq (goldens: layouts for distinct values, results with duplicates), a
// stable sort for nSmallest/nLargest on records, and the heap property itself.
interface Step {
  op: 'push' | 'pop' | 'pushPop' | 'replace';
  before: number[];
  arg?: number;
  result?: number;
  heap: number[];
}
interface Golden {
  heapify: { input: number[]; heap: number[] }[];
  scripts: { steps: Step[] }[];
  selections: { input: number[]; n: number; smallest: number[]; largest: number[] }[];
  drains: { input: number[]; popped: number[] }[];
}
const golden = loadGolden<Golden>('min-heap');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, where: `script ${si} step ${i}` })));

/** Rebuilds a heap holding exactly `layout` (already a valid heap, so heapify leaves it alone). */
const fromLayout = (layout: number[]) => MinHeap.heapify(layout);

function apply(h: MinHeap<number>, s: Step): number | undefined {
  switch (s.op) {
    case 'push':
      h.push(s.arg!);
      return undefined;
    case 'pop':
      return h.pop();
    case 'pushPop':
      return h.pushPop(s.arg!);
    case 'replace':
      return h.replace(s.arg!);
  }
}
const label = (s: (typeof steps)[number]) => `${s.where}: heap ${show(s.before)}, ${s.op}(${s.arg ?? ''})`;

/** Every parent <= its children under cmp. */
function isHeap<T>(a: T[], cmp: (x: T, y: T) => number): boolean {
  return a.every((x, i) => i === 0 || cmp(a[(i - 1) >> 1]!, x) <= 0);
}

describe('MinHeap', () => {
  it('heapify builds the same list as heapq.heapify (bottom-up, O(n))', () => {
    everyCase(
      golden.heapify,
      (c) => `heapify(${show(c.input)})`,
      (c) => same(MinHeap.heapify(c.input).toArray(), c.heap, 'layout'),
    );
  });

  it('push sifts up exactly like heappush', () => {
    everyCase(
      steps.filter((s) => s.op === 'push'),
      label,
      (s) => {
        const h = fromLayout(s.before);
        apply(h, s);
        same(h.toArray(), s.heap, 'layout after push');
      },
    );
  });

  it('pop, pushPop and replace return and rearrange exactly like heappop, heappushpop and heapreplace', () => {
    everyCase(
      steps.filter((s) => s.op !== 'push'),
      label,
      (s) => {
        const h = fromLayout(s.before);
        same(apply(h, s), s.result, `${s.op} result`);
        same(h.toArray(), s.heap, `layout after ${s.op}`);
      },
    );
  });

  it('replays whole heapq scripts on one heap', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: ${s.steps.map((x) => `${x.op}(${x.arg ?? ''})`).join(', ')}`,
      (s) => {
        const h = new MinHeap<number>();
        for (const step of s.steps) {
          same(apply(h, step), step.result, `${step.op}(${step.arg ?? ''}) result`);
          same(h.toArray(), step.heap, `layout after ${step.op}(${step.arg ?? ''})`);
        }
      },
    );
  });

  it('pops everything in sorted order, duplicates included', () => {
    everyCase(
      golden.drains,
      (c) => `heapify(${show(c.input)}) then pop until empty`,
      (c) => {
        const h = MinHeap.heapify(c.input);
        const out: number[] = [];
        while (h.size) out.push(h.pop());
        same(out, c.popped, 'pop order');
      },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), (xs) => {
        const h = new MinHeap<number>();
        xs.forEach((x) => h.push(x));
        const out: number[] = [];
        while (h.size) out.push(h.pop());
        same(out, [...xs].sort((a, b) => a - b), `pop order after pushing ${show(xs)}`);
      }),
    );
  });

  it('keeps the heap property under any comparator (a max-heap on strings here)', () => {
    const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (xs, pops) => {
        const h = MinHeap.heapify(xs, desc);
        if (!isHeap(h.toArray(), desc)) expect({ heapify: xs, heap: h.toArray() }).toEqual('a valid max-heap');
        for (const p of pops) {
          if (p && h.size) h.pop();
          else h.push('m');
          if (!isHeap(h.toArray(), desc)) expect({ heap: h.toArray() }).toEqual('a valid max-heap');
        }
        expect(h.peek()).toBe([...h.toArray()].sort(desc)[0]);
      }),
    );
  });

  it('throws RangeError when popping or replacing on an empty heap; peek gives undefined', () => {
    const h = new MinHeap<number>();
    expect(h.peek()).toBeUndefined();
    expect(() => h.pop()).toThrow(RangeError);
    expect(() => h.replace(1)).toThrow(RangeError);
    expect(h.pushPop(5)).toBe(5);
    expect(h.size).toBe(0);
  });
});

describe('nSmallest / nLargest', () => {
  it('match heapq.nsmallest and heapq.nlargest', () => {
    everyCase(
      golden.selections,
      (c) => `n=${c.n}, items ${show(c.input)}`,
      (c) => {
        same(nSmallest(c.n, c.input), c.smallest, 'nsmallest');
        same(nLargest(c.n, c.input), c.largest, 'nlargest');
      },
    );
  });

  it('are stable like sorted(items)[:n]: equal keys keep their input order', () => {
    const rng = mulberry32(20261130);
    for (let round = 0; round < 30; round++) {
      const items = Array.from({ length: randInt(rng, 0, 40) }, (_, id) => ({ key: randInt(rng, 0, 4), id }));
      const n = randInt(rng, 0, 15);
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect({ n, got: nSmallest(n, items, byKey).map((x) => x.id) }).toEqual({ n, got: [...items].sort(byKey).slice(0, n).map((x) => x.id) });
      const desc = [...items].sort((a, b) => b.key - a.key); // stable, like sorted(reverse=True)
      expect({ n, got: nLargest(n, items, byKey).map((x) => x.id) }).toEqual({ n, got: desc.slice(0, n).map((x) => x.id) });
    }
  });

  it('read any iterable once, lazily (a generator works)', () => {
    function* gen() {
      for (let i = 10; i > 0; i--) yield i;
    }
    expect(nSmallest(3, gen())).toEqual([1, 2, 3]);
    expect(nLargest(2, gen())).toEqual([10, 9]);
  });
});
