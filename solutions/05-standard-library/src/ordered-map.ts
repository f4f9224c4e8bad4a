import { KeyError } from './_errors.ts';

interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V>;
  next: Node<K, V>;
}

/**
 * Python: `collections.OrderedDict`: a dict that can reorder its keys.
 *
 * ```python
 * od = OrderedDict.fromkeys('abcde')
 * od.move_to_end('b')              # a c d e b
 * od.move_to_end('b', last=False)  # b a c d e
 * od.popitem()                     # ('e', None): LIFO
 * od.popitem(last=False)           # ('b', None): FIFO
 * od == OrderedDict(...)           # order matters; od == {...} (a plain dict) ignores order
 * ```
 *
 * ```ts
 * const od = new OrderedMap([...'abcde'].map((k) => [k, null]));
 * od.moveToEnd('b');
 * od.moveToEnd('b', false);
 * od.popItem();          // ['e', null]
 * od.popItem(false);     // ['b', null]
 * ```
 *
 * Like CPython's pure-Python version: a Map from key to node of a doubly linked list, so
 * `moveToEnd` and `popItem` at either end are O(1).
 */
export class OrderedMap<K, V> implements Iterable<[K, V]> {
  #nodes = new Map<K, Node<K, V>>();
  // Sentinel of a circular list: root.next is the first node, root.prev the last.
  #root: Node<K, V>;

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    const root = {} as Node<K, V>;
    root.prev = root;
    root.next = root;
    this.#root = root;
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** Python: `len(od)`. */
  get size(): number {
    return this.#nodes.size;
  }

  /** Python: `od.get(key)`. */
  get(key: K): V | undefined {
    return this.#nodes.get(key)?.value;
  }

  /** Python: `key in od`. */
  has(key: K): boolean {
    return this.#nodes.has(key);
  }

  /** Python: `od[key] = value`: a new key goes last; an existing key keeps its place. */
  set(key: K, value: V): this {
    const node = this.#nodes.get(key);
    if (node) {
      node.value = value;
      return this;
    }
    const root = this.#root;
    const last = root.prev;
    const fresh: Node<K, V> = { key, value, prev: last, next: root };
    last.next = fresh;
    root.prev = fresh;
    this.#nodes.set(key, fresh);
    return this;
  }

  /** Python: `od.pop(key, None) is not None`-ish: removes the key; returns whether it was there. */
  delete(key: K): boolean {
    const node = this.#nodes.get(key);
    if (!node) return false;
    this.#unlink(node);
    this.#nodes.delete(key);
    return true;
  }

  /** Python: `od.clear()`. */
  clear(): void {
    this.#nodes.clear();
    this.#root.prev = this.#root;
    this.#root.next = this.#root;
  }

  /** Python: `od.move_to_end(key, last=True)`: to the end, or to the front with `last = false`. `KeyError` if missing. */
  moveToEnd(key: K, last = true): void {
    const node = this.#nodes.get(key);
    if (!node) throw new KeyError(String(key));
    this.#unlink(node);
    const root = this.#root;
    if (last) {
      node.prev = root.prev;
      node.next = root;
      root.prev.next = node;
      root.prev = node;
    } else {
      node.next = root.next;
      node.prev = root;
      root.next.prev = node;
      root.next = node;
    }
  }

  /** Python: `od.popitem(last=True)`: removes and returns the last pair (the first with `last = false`). `KeyError` if empty. */
  popItem(last = true): [K, V] {
    if (this.#nodes.size === 0) throw new KeyError('dictionary is empty');
    const node = last ? this.#root.prev : this.#root.next;
    this.#unlink(node);
    this.#nodes.delete(node.key);
    return [node.key, node.value];
  }

  /** Keys, first to last. */
  *keys(): Generator<K, void, undefined> {
    for (const [k] of this.entries()) yield k;
  }

  /** Values, first to last. */
  *values(): Generator<V, void, undefined> {
    for (const [, v] of this.entries()) yield v;
  }

  /** Python: `od.items()`: `[key, value]` pairs, first to last. */
  *entries(): Generator<[K, V], void, undefined> {
    for (let n = this.#root.next; n !== this.#root; n = n.next) yield [n.key, n.value];
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    return this.entries();
  }

  /** Python: `reversed(od)`: keys, last to first. */
  *reversed(): Generator<K, void, undefined> {
    for (let n = this.#root.prev; n !== this.#root; n = n.prev) yield n.key;
  }

  /**
   * Python: `od == other`. Against another OrderedMap the order matters; against a plain `Map`
   * (Python: a plain dict) only the contents do. Values are compared with `===`.
   */
  equals(other: OrderedMap<K, V> | Map<K, V>): boolean {
    if (other.size !== this.size) return false;
    if (other instanceof OrderedMap) {
      const a = [...this.entries()];
      const b = [...other.entries()];
      return a.every(([k, v], i) => k === b[i]![0] && v === b[i]![1]);
    }
    for (const [k, v] of this.entries()) {
      if (!other.has(k) || other.get(k) !== v) return false;
    }
    return true;
  }

  #unlink(node: Node<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }
}
