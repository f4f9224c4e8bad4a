// Mistake: collects n points instead of n distinct nodes, so a node owning neighbouring points appears twice.
import { hash32 } from './_hash.ts';

export interface RingOptions {
  /** Virtual nodes (points on the ring) per node. Default 100. */
  vnodes?: number;
  /** Hash of a string to [0, 2^32). Default `hash32`. */
  hash?: (text: string) => number;
}

interface Point {
  position: number;
  node: string;
}

/**
 * A consistent-hash ring (Dynamo, Cassandra): node `N` owns the points `hash(`${N}#${i}`)` for
 * i = 0 … vnodes−1; a key belongs to the first point at or after `hash(key)` going clockwise,
 * wrapping past 2^32 to the start. Points at the same position are ordered by node name.
 *
 * Python: there is no standard class; libraries such as `uhashring` offer the same operations.
 */
export class ConsistentHashRing {
  readonly #vnodes: number;
  readonly #hash: (text: string) => number;
  readonly #nodes = new Set<string>();
  /** Sorted by (position, node). */
  #points: Point[] = [];

  constructor(options: RingOptions = {}) {
    this.#vnodes = options.vnodes ?? 100;
    if (!Number.isInteger(this.#vnodes) || this.#vnodes < 1) throw new RangeError('vnodes must be a positive integer');
    this.#hash = options.hash ?? hash32;
  }

  /** The nodes on the ring, in the order they were added. */
  get nodes(): string[] {
    return [...this.#nodes];
  }

  addNode(node: string): void {
    if (this.#nodes.has(node)) throw new Error(`Node ${node} is already on the ring`);
    this.#nodes.add(node);
    for (let i = 0; i < this.#vnodes; i++) this.#points.push({ position: this.#hash(`${node}#${i}`), node });
    this.#points.sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  }

  removeNode(node: string): void {
    if (!this.#nodes.delete(node)) throw new Error(`Node ${node} is not on the ring`);
    this.#points = this.#points.filter((p) => p.node !== node);
  }

  /** Index of the first point at or after h (binary search), wrapping to 0. */
  #firstAtOrAfter(h: number): number {
    let lo = 0;
    let hi = this.#points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#points[mid]!.position < h) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.#points.length ? 0 : lo;
  }

  /** The node that owns `key`. Throws on an empty ring. */
  owner(key: string): string {
    if (this.#points.length === 0) throw new Error('The ring has no nodes');
    return this.#points[this.#firstAtOrAfter(this.#hash(key))]!.node;
  }

  /**
   * The first `n` distinct nodes met walking clockwise from `key` (where replicas of the key live,
   * as in Cassandra's SimpleStrategy). Fewer when the ring has fewer nodes.
   */
  replicas(key: string, n: number): string[] {
    if (this.#points.length === 0) throw new Error('The ring has no nodes');
    const out: string[] = [];
    const start = this.#firstAtOrAfter(this.#hash(key));
    for (let k = 0; k < this.#points.length && out.length < Math.min(n, this.#nodes.size); k++) {
      const node = this.#points[(start + k) % this.#points.length]!.node;
      out.push(node);
    }
    return out;
  }
}
