import { describe, expect, it } from 'vitest';
import { AVLTree } from '../src/avl-tree.ts';

describe('AVLTree', () => {
  it('stays balanced on sorted input', () => {
    const t = new AVLTree<number>();
    for (let k = 1; k <= 7; k++) t.insert(k);
    expect(t.height).toBe(3);
    expect(t.inorder()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('deletes', () => {
    const t = new AVLTree<number, string>();
    t.insert(2, 'b');
    t.insert(1, 'a');
    t.insert(3, 'c');
    expect(t.delete(2)).toBe(true);
    expect([...t]).toEqual([
      [1, 'a'],
      [3, 'c'],
    ]);
  });
});
