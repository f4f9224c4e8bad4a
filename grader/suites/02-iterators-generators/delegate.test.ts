import { describe, expect, it } from 'vitest';
import { flatten, walk, type Nested, type Tree } from '@impl/02-iterators-generators/delegate';
import goldens from './goldens/delegate.json';
import { firstN } from './_kit.ts';

// Oracle: Python generators using `yield from` and its return value (goldens), run on the same
// trees and nested lists.

/** Drives a generator by hand to see its return value, which for...of would drop. */
function run<T, R>(gen: Generator<T, R, undefined>): { values: T[]; count: R } {
  const values: T[] = [];
  for (;;) {
    const r = gen.next();
    if (r.done) return { values, count: r.value };
    values.push(r.value);
  }
}

describe('walk', () => {
  it.each(goldens.walks.map((g, i) => ({ ...g, label: `tree ${i >> 1}, ${g.order}-order` })))('yields the values and returns the node count like Python: $label', (g) => {
    const tree = g.tree as Tree<unknown>;
    expect(run(walk(tree, g.order as 'pre' | 'post'))).toEqual({ values: g.values, count: g.count });
  });

  it('walks in pre-order by default', () => {
    const t: Tree<string> = { value: 'a', children: [{ value: 'b' }, { value: 'c' }] };
    expect(run(walk(t))).toEqual({ values: ['a', 'b', 'c'], count: 3 });
  });

  it('looks at children only when the walk reaches them', () => {
    const opened: string[] = [];
    const node = (value: string, kids: () => Tree<string>[] = () => []): Tree<string> => ({
      value,
      get children() {
        opened.push(value);
        return kids();
      },
    });
    const tree = node('root', () => [node('a', () => [node('a1')]), node('b')]);
    expect(firstN(walk(tree), 1)).toEqual(['root']);
    expect(opened).toEqual([]);
    expect(firstN(walk(tree), 2)).toEqual(['root', 'a']);
    expect(opened).toEqual(['root']);
  });

  it('counts correctly on a long chain (the count comes back through every level)', () => {
    let chain: Tree<number> = { value: 0 };
    for (let i = 1; i < 200; i++) chain = { value: i, children: [chain] };
    const { values, count } = run(walk(chain));
    expect(count).toBe(200);
    expect(values[0]).toBe(199);
    expect(values.at(-1)).toBe(0);
  });
});

describe('flatten', () => {
  it.each(goldens.flatten.map((g) => ({ ...g, label: JSON.stringify(g.nested) })))('flattens like Python: $label', (g) => {
    expect([...flatten(g.nested as Nested<unknown>)]).toEqual(g.out);
  });

  it('keeps strings, Sets and objects whole: only arrays are opened', () => {
    const set = new Set([1, 2]);
    const obj = { a: 1 };
    expect([...flatten<unknown>(['ab', [set, ['c', [obj]]]])]).toEqual(['ab', set, 'c', obj]);
  });

  it('is lazy on a deep structure', () => {
    const deep: Nested<number> = [1, [2, [3, [4, [5]]]]];
    expect(firstN(flatten(deep), 2)).toEqual([1, 2]);
  });
});
