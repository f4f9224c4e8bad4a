// Mistake: isAncestor says a commit is not its own ancestor (git merge-base --is-ancestor X X succeeds).
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
  // Looks only at the parents' ancestry.
  return (dag.get(descendant) ?? []).some((p) => ancestors(dag, p).has(ancestor));
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
  const fromB = ancestors(dag, b);
  const common = [...ancestors(dag, a)].filter((c) => fromB.has(c));
  // A common ancestor is redundant when it sits strictly below another common ancestor: every
  // strict ancestor of a common ancestor is marked, and what stays unmarked is the answer.
  const redundant = new Set<string>();
  for (const c of common) {
    if (redundant.has(c)) continue;
    for (const p of dag.get(c) ?? []) for (const x of ancestors(dag, p)) redundant.add(x);
  }
  return common.filter((c) => !redundant.has(c)).sort();
}
