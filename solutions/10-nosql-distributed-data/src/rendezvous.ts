import { hash32 } from './_hash.ts';

/** The weight of `node` for `key` in rendezvous hashing: `hash(`${node}:${key}`)`. */
export function rendezvousScore(node: string, key: string, hash: (text: string) => number = hash32): number {
  return hash(`${node}:${key}`);
}

/**
 * Every node ordered by rendezvous preference for `key`: highest score first, ties broken by node
 * name (ascending).
 */
export function rendezvousRanking(key: string, nodes: readonly string[], hash: (text: string) => number = hash32): string[] {
  return [...new Set(nodes)]
    .map((node) => ({ node, score: rendezvousScore(node, key, hash) }))
    .sort((a, b) => b.score - a.score || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))
    .map((x) => x.node);
}

/**
 * Highest random weight (HRW) hashing: the owner of `key` is the node with the highest score.
 * Removing a node only moves the keys it owned; adding one only takes keys for itself.
 * Throws when there is no node.
 */
export function rendezvousOwner(key: string, nodes: readonly string[], hash: (text: string) => number = hash32): string {
  if (nodes.length === 0) throw new Error('No nodes');
  // One pass, no sort: keep the best so far.
  let best = nodes[0]!;
  let bestScore = rendezvousScore(best, key, hash);
  for (const node of nodes.slice(1)) {
    const s = rendezvousScore(node, key, hash);
    if (s > bestScore || (s === bestScore && node < best)) {
      best = node;
      bestScore = s;
    }
  }
  return best;
}

/** The `k` most preferred nodes for `key` (replica placement), best first. */
export function rendezvousTopK(key: string, nodes: readonly string[], k: number, hash: (text: string) => number = hash32): string[] {
  return rendezvousRanking(key, nodes, hash).slice(0, k);
}
