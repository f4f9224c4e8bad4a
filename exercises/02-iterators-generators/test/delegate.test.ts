import { describe, expect, it } from 'vitest';
import { flatten, walk, type Tree } from '../src/delegate.ts';

const tree: Tree<number> = { value: 1, children: [{ value: 2, children: [{ value: 4 }] }, { value: 3 }] };

describe('yield* delegation', () => {
  it('walk yields the values depth first', () => {
    expect([...walk(tree)]).toEqual([1, 2, 4, 3]);
    expect([...walk(tree, 'post')]).toEqual([4, 2, 3, 1]);
  });
  it('walk returns the number of nodes (read the final { done: true, value })', () => {
    const g = walk(tree);
    let r = g.next();
    while (!r.done) r = g.next();
    expect(r.value).toBe(4);
  });
  it('flatten opens nested arrays', () => {
    expect([...flatten([1, [2, [3, [4]]], 'five'])]).toEqual([1, 2, 3, 4, 'five']);
  });
});
