// Mistake: returns only the first common ancestor a breadth-first walk from `a` meets, so criss-cross merges lose a base.
/** A commit graph: each commit's oid mapped to its parents' oids (first parent first). */
export type CommitGraph = ReadonlyMap<string, readonly string[]>;

/** Every commit reachable from `start` through parents, `start` included. */
function ancestors(dag: CommitGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const p of dag.get(stack.pop()!) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen;
}

/**
 * True when `ancestor` is reachable from `descendant` by following parents (a commit is its own
 * ancestor), like `git merge-base --is-ancestor`.
 *
 * Python:
 *     def is_ancestor(dag, ancestor, descendant) -> bool: ...   # a DFS over dag[c]
 */
export function isAncestor(dag: CommitGraph, ancestor: string, descendant: string): boolean {
  return ancestors(dag, descendant).has(ancestor);
}

/**
 * The best common ancestors of `a` and `b`, like `git merge-base --all a b`: the commits that are
 * ancestors of both and are not an ancestor of another such commit. Usually one; criss-cross
 * merges give several; unrelated histories give none. Sorted ascending.
 *
 * Python:
 *     common = ancestors(dag, a) & ancestors(dag, b)
 *     return sorted(c for c in common
 *                   if not any(c != d and c in ancestors(dag, d) for d in common))
 */
export function mergeBases(dag: CommitGraph, a: string, b: string): string[] {
  // Breadth-first from a: the first commit that b can also reach.
  const fromB = ancestors(dag, b);
  const queue = [a];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const c = queue.shift()!;
    if (fromB.has(c)) return [c];
    for (const p of dag.get(c) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return [];
}
