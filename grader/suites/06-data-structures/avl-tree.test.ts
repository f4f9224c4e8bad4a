import { mulberry32, randInt } from '@roadmap/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVLTree, type AVLNode } from '@impl/06-data-structures/avl-tree';
import { same } from './_kit.ts';

// Oracles: an invariant checker on the exposed nodes (BST order, stored heights, |balance| <= 1,
// node count) and a model-based run against a Map whose sorted keys are the expected in-order walk.

/** Checks the whole tree; throws with the offending key on the first broken invariant. */
function checkInvariants<K, V>(tree: AVLTree<K, V>, cmp: (a: K, b: K) => number, what: string): void {
  let count = 0;
  const walk = (n: AVLNode<K, V> | null, lo: K | undefined, hi: K | undefined): number => {
    if (!n) return 0;
    count++;
    if ((lo !== undefined && cmp(n.key, lo) <= 0) || (hi !== undefined && cmp(n.key, hi) >= 0)) {
      throw new Error(`after ${what}: key ${String(n.key)} breaks BST order (must lie between ${String(lo)} and ${String(hi)})`);
    }
    const hl = walk(n.left, lo, n.key);
    const hr = walk(n.right, n.key, hi);
    const real = 1 + Math.max(hl, hr);
    if (n.height !== real) throw new Error(`after ${what}: node ${String(n.key)} stores height ${n.height} but its real height is ${real}`);
    if (Math.abs(hl - hr) > 1) throw new Error(`after ${what}: node ${String(n.key)} has balance ${hl - hr} (left height ${hl}, right height ${hr})`);
    return real;
  };
  const height = walk(tree.root, undefined, undefined);
  if (count !== tree.size) throw new Error(`after ${what}: ${count} nodes but size says ${tree.size}`);
  if (height !== tree.height) throw new Error(`after ${what}: real height ${height} but height says ${tree.height}`);
}
const num = (a: number, b: number) => a - b;

describe('AVLTree', () => {
  it('keeps BST order, correct heights and |balance| <= 1 through random inserts and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 60 })), { maxLength: 150 }), (ops) => {
        const t = new AVLTree<number, number>();
        const model = new Map<number, number>();
        ops.forEach(([isInsert, k], i) => {
          const what = `${isInsert ? 'insert' : 'delete'}(${k}) (operation ${i})`;
          if (isInsert) {
            same(t.insert(k, i), !model.has(k), `${what} return value`);
            model.set(k, i);
          } else {
            same(t.delete(k), model.delete(k), `${what} return value`);
          }
          checkInvariants(t, num, what);
        });
        same(t.inorder(), [...model.keys()].sort(num), 'inorder()');
        same([...t].map(([k, v]) => `${k}:${v}`), [...model].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`), 'entries in order');
      }),
    );
  });

  it('stays logarithmic on sorted input: 4095 ascending keys give height 12', () => {
    const t = new AVLTree<number>();
    for (let i = 1; i <= 4095; i++) t.insert(i);
    checkInvariants(t, num, 'inserting 1..4095');
    expect(t.height).toBe(12);
    for (let i = 1; i <= 4095; i += 2) t.delete(i);
    checkInvariants(t, num, 'deleting the odd keys');
    expect(t.size).toBe(2047);
    expect(t.height).toBeLessThanOrEqual(Math.floor(1.4405 * Math.log2(2047 + 2) - 0.3277));
  });

  it('answers has, get, min and max like the model on a large random workload', () => {
    const rng = mulberry32(6006);
    const t = new AVLTree<number, string>();
    const model = new Map<number, string>();
    for (let i = 0; i < 3000; i++) {
      const k = randInt(rng, 0, 500);
      if (rng() < 0.6) {
        t.insert(k, `v${i}`);
        model.set(k, `v${i}`);
      } else {
        t.delete(k);
        model.delete(k);
      }
    }
    checkInvariants(t, num, '3000 random operations');
    const keys = [...model.keys()].sort(num);
    expect([t.min(), t.max(), t.size]).toEqual([keys[0], keys[keys.length - 1], model.size]);
    for (let k = -1; k <= 501; k++) {
      same([t.has(k), t.get(k)], [model.has(k), model.get(k)], `has/get(${k})`);
    }
  });

  it('uses the comparison it is given (a descending tree of strings)', () => {
    const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    const t = new AVLTree<string>(desc);
    for (const w of ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date']) t.insert(w);
    checkInvariants(t, desc, 'inserting fruit');
    expect(t.inorder()).toEqual(['pear', 'kiwi', 'fig', 'date', 'cherry', 'banana', 'apple']);
    expect([t.min(), t.max()]).toEqual(['pear', 'apple']);
  });

  it('starts empty with height 0 and a null root; insert replaces the value of an existing key', () => {
    const t = new AVLTree<number, string>();
    expect([t.root, t.height, t.size, t.min(), t.max(), t.inorder()]).toEqual([null, 0, 0, undefined, undefined, []]);
    expect(t.insert(1, 'a')).toBe(true);
    expect(t.insert(1, 'b')).toBe(false);
    expect([t.get(1), t.size, t.height]).toEqual(['b', 1, 1]);
    expect(t.delete(1)).toBe(true);
    expect(t.delete(1)).toBe(false);
    expect(t.root).toBeNull();
  });
});
