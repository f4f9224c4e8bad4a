/** A node as the outside world sees it (the tree's own nodes satisfy this shape). */
export interface AVLNode<K, V> {
  readonly key: K;
  readonly value: V;
  readonly left: AVLNode<K, V> | null;
  readonly right: AVLNode<K, V> | null;
  /** Levels in this subtree: a leaf has height 1. */
  readonly height: number;
}

interface Node<K, V> {
  key: K;
  value: V;
  left: Node<K, V> | null;
  right: Node<K, V> | null;
  height: number;
}

const natural = <T>(a: T, b: T): number => (a < b ? -1 : b < a ? 1 : 0);
const h = (n: Node<unknown, unknown> | null) => (n ? n.height : 0);
const update = (n: Node<unknown, unknown>) => {
  n.height = 1 + Math.max(h(n.left), h(n.right));
};
const balanceOf = (n: Node<unknown, unknown>) => h(n.left) - h(n.right);

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
  #root: Node<K, V> | null = null;
  #size = 0;
  readonly #cmp: (a: K, b: K) => number;

  constructor(cmp?: (a: K, b: K) => number) {
    this.#cmp = cmp ?? natural;
  }

  get root(): AVLNode<K, V> | null {
    return this.#root;
  }

  get size(): number {
    return this.#size;
  }

  get height(): number {
    return h(this.#root);
  }

  /** Adds `key` (or replaces its value); returns whether the key is new. */
  insert(key: K, value?: V): boolean {
    let added = false;
    const go = (n: Node<K, V> | null): Node<K, V> => {
      if (!n) {
        added = true;
        return { key, value: value as V, left: null, right: null, height: 1 };
      }
      const c = this.#cmp(key, n.key);
      if (c === 0) {
        n.value = value as V;
        return n;
      }
      if (c < 0) n.left = go(n.left);
      else n.right = go(n.right);
      return rebalance(n);
    };
    this.#root = go(this.#root);
    if (added) this.#size++;
    return added;
  }

  /** Removes `key`; returns whether it was there. */
  delete(key: K): boolean {
    let removed = false;
    const go = (n: Node<K, V> | null, k: K): Node<K, V> | null => {
      if (!n) return null;
      const c = this.#cmp(k, n.key);
      if (c < 0) n.left = go(n.left, k);
      else if (c > 0) n.right = go(n.right, k);
      else {
        removed = true;
        if (!n.left || !n.right) return n.left ?? n.right;
        // Two children: take the in-order successor's place, then delete the successor.
        let s = n.right;
        while (s.left) s = s.left;
        n.key = s.key;
        n.value = s.value;
        n.right = go(n.right, s.key);
      }
      return rebalance(n);
    };
    this.#root = go(this.#root, key);
    if (removed) this.#size--;
    return removed;
  }

  has(key: K): boolean {
    return this.#find(key) !== null;
  }

  get(key: K): V | undefined {
    return this.#find(key)?.value;
  }

  min(): K | undefined {
    let n = this.#root;
    while (n?.left) n = n.left;
    return n?.key;
  }

  max(): K | undefined {
    let n = this.#root;
    while (n?.right) n = n.right;
    return n?.key;
  }

  /** The keys in ascending order. */
  inorder(): K[] {
    return [...this].map(([k]) => k);
  }

  *[Symbol.iterator](): Generator<[K, V], void, undefined> {
    // An explicit stack: recursion depth is only O(log n) here, but this is the general pattern.
    const stack: Node<K, V>[] = [];
    let n = this.#root;
    while (n || stack.length) {
      while (n) {
        stack.push(n);
        n = n.left;
      }
      n = stack.pop()!;
      yield [n.key, n.value];
      n = n.right;
    }
  }

  #find(key: K): Node<K, V> | null {
    let n = this.#root;
    while (n) {
      const c = this.#cmp(key, n.key);
      if (c === 0) return n;
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }
}

function rotateRight<K, V>(y: Node<K, V>): Node<K, V> {
  const x = y.left!;
  y.left = x.right;
  x.right = y;
  update(y); // y is now below x: update it first
  update(x);
  return x;
}

function rotateLeft<K, V>(x: Node<K, V>): Node<K, V> {
  const y = x.right!;
  x.right = y.left;
  y.left = x;
  update(x);
  update(y);
  return y;
}

/** Restores |balance| <= 1 at `n` after one of its subtrees changed height by one. */
function rebalance<K, V>(n: Node<K, V>): Node<K, V> {
  update(n);
  const b = balanceOf(n);
  if (b > 1) {
    if (balanceOf(n.left!) < 0) n.left = rotateLeft(n.left!); // left-right case
    return rotateRight(n);
  }
  if (b < -1) {
    if (balanceOf(n.right!) > 0) n.right = rotateRight(n.right!); // right-left case
    return rotateLeft(n);
  }
  return n;
}
