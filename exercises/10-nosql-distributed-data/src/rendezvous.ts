import { todo } from '@roadmap/todo';
import { hash32 } from './_hash.ts';

/**
 * Rendezvous, or highest random weight (HRW), hashing: every node scores every key, and the key
 * goes to the best-scoring node. No ring, no virtual nodes.
 *
 * ```python
 * def owner(key, nodes):
 *     return max(nodes, key=lambda node: (score(node, key), ...))
 * ```
 */

/** The weight of `node` for `key` in rendezvous hashing: `hash(`${node}:${key}`)`. */
export function rendezvousScore(node: string, key: string, hash: (text: string) => number = hash32): number {
  // TODO: hash of the node, a colon and the key.
  return todo('rendezvousScore');
}

/**
 * Every node ordered by rendezvous preference for `key`: highest score first, ties broken by node
 * name (ascending).
 */
export function rendezvousRanking(key: string, nodes: readonly string[], hash: (text: string) => number = hash32): string[] {
  // TODO: sort the nodes by descending score, then by name.
  return todo('rendezvousRanking');
}

/**
 * The owner of `key`: the node with the highest score (ties: the smaller name). Removing a node only
 * moves the keys it owned; adding one only takes keys for itself. Throws when there is no node.
 */
export function rendezvousOwner(key: string, nodes: readonly string[], hash: (text: string) => number = hash32): string {
  // TODO: one pass keeping the best node so far.
  return todo('rendezvousOwner');
}

/** The `k` most preferred nodes for `key` (replica placement), best first. */
export function rendezvousTopK(key: string, nodes: readonly string[], k: number, hash: (text: string) => number = hash32): string[] {
  // TODO: the first k of the ranking.
  return todo('rendezvousTopK');
}
