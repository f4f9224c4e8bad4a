import { todo } from '@roadmap/todo';

/** A node as the outside world sees it (the tree's own nodes satisfy this shape). */
export interface AVLNode<K, V> {
  readonly key: K;
  readonly value: V;
  readonly left: AVLNode<K, V> | null;
  readonly right: AVLNode<K, V> | null;
  /** Levels in this subtree: a leaf has height 1. */
  readonly height: number;
}

/**
 * A self-balancing binary search tree: after every insert and delete, each node's two subtrees
 * differ in height by at most one, so the height stays below 1.44 · log2(n + 2) and every
 * operation is O(log n).
 *
 * Python has no balanced tree in the standard library (a `dict` hashes; `sortedcontainers` uses
 * sorted lists). What an AVL tree gives you is a dict that also keeps its keys in order:
 *
 * ```ts
 * const t = new AVLTree<number, string>();
 * for (const k of [1, 2, 3, 4, 5, 6, 7]) t.insert(k, `v${k}`);   // sorted input: still balanced
 * t.height;        // 3, not 7
 * t.inorder();     // [1, 2, 3, 4, 5, 6, 7]
 * t.delete(4);
 * ```
 *
 * Heights: an empty tree has height 0 and a leaf 1. `root` exposes the nodes so their shape can
 * be checked; treat them as read-only.
 */
export class AVLTree<K, V = undefined> implements Iterable<[K, V]> {
  // TODO: private fields: the root node, the size and the comparison (default: ascending by <).
  // Helpers worth writing outside the class: height(n), update(n), rotateLeft, rotateRight, rebalance.

  constructor(cmp?: (a: K, b: K) => number) {
    // TODO
    todo('AVLTree');
  }

  get root(): AVLNode<K, V> | null {
    // TODO
    return todo('AVLTree.root');
  }

  get size(): number {
    // TODO
    return todo('AVLTree.size');
  }

  get height(): number {
    // TODO
    return todo('AVLTree.height');
  }

  /** Adds `key` (or replaces its value); returns whether the key is new. */
  insert(key: K, value?: V): boolean {
    // TODO: insert as in a plain BST, then rebalance every node on the way back up.
    return todo('AVLTree.insert');
  }

  /** Removes `key`; returns whether it was there. */
  delete(key: K): boolean {
    // TODO: the BST delete (two children: use the in-order successor), then rebalance on the way up.
    return todo('AVLTree.delete');
  }

  has(key: K): boolean {
    // TODO
    return todo('AVLTree.has');
  }

  get(key: K): V | undefined {
    // TODO
    return todo('AVLTree.get');
  }

  min(): K | undefined {
    // TODO
    return todo('AVLTree.min');
  }

  max(): K | undefined {
    // TODO
    return todo('AVLTree.max');
  }

  /** The keys in ascending order. */
  inorder(): K[] {
    // TODO
    return todo('AVLTree.inorder');
  }

  *[Symbol.iterator](): Generator<[K, V], void, undefined> {
    // TODO: in-order [key, value] pairs.
    return todo('AVLTree[Symbol.iterator]');
  }
}
