import { todo } from '@roadmap/todo';

// Useful here: `hash32` from './_hash.ts' (the default hash).

export interface RingOptions {
  /** Virtual nodes (points on the ring) per node. Default 100. */
  vnodes?: number;
  /** Hash of a string to [0, 2^32). Default `hash32`. */
  hash?: (text: string) => number;
}

/**
 * A consistent-hash ring (Dynamo, Cassandra): node `N` owns the points `hash(`${N}#${i}`)` for
 * i = 0 … vnodes−1; a key belongs to the first point at or after `hash(key)` going clockwise,
 * wrapping past 2^32 to the start. Points at the same position are ordered by node name.
 *
 * ```python
 * ring = HashRing(nodes=["a", "b", "c"], vnodes=100)   # e.g. the uhashring package
 * ring.get_node("user:42")
 * ```
 * ```ts
 * const ring = new ConsistentHashRing({ vnodes: 100 });
 * for (const n of ['a', 'b', 'c']) ring.addNode(n);
 * ring.owner('user:42');
 * ```
 */
export class ConsistentHashRing {
  constructor(options: RingOptions = {}) {
    // TODO: keep vnodes (a positive integer, default 100), the hash (default hash32), the nodes and a sorted list of points.
    todo('ConsistentHashRing');
  }

  /** The nodes on the ring, in the order they were added. */
  get nodes(): string[] {
    return todo('ConsistentHashRing.nodes');
  }

  /** Adds the node's vnodes points. Throws when the node is already on the ring. */
  addNode(node: string): void {
    // TODO: add the points, keep them sorted by (position, node).
    return todo('ConsistentHashRing.addNode');
  }

  /** Removes the node's points. Throws when the node is not on the ring. */
  removeNode(node: string): void {
    // TODO: drop every point of the node.
    return todo('ConsistentHashRing.removeNode');
  }

  /** The node that owns `key`. Throws on an empty ring. */
  owner(key: string): string {
    // TODO: binary search for the first point with position >= hash(key), wrapping to the first point.
    return todo('ConsistentHashRing.owner');
  }

  /**
   * The first `n` distinct nodes met walking clockwise from `key` (where replicas of the key live,
   * as in Cassandra's SimpleStrategy). Fewer when the ring has fewer nodes.
   */
  replicas(key: string, n: number): string[] {
    // TODO: walk the points clockwise from the owner's, collecting nodes not seen yet.
    return todo('ConsistentHashRing.replicas');
  }
}
