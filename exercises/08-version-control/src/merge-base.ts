import { todo } from '@roadmap/todo';

/** A commit graph: each commit's oid mapped to its parents' oids (first parent first). */
export type CommitGraph = ReadonlyMap<string, readonly string[]>;

/**
 * True when `ancestor` is reachable from `descendant` by following parents (a commit is its own
 * ancestor), like `git merge-base --is-ancestor`.
 *
 * Python:
 *     def is_ancestor(dag, ancestor, descendant) -> bool: ...   # a DFS over dag[c]
 */
export function isAncestor(dag: CommitGraph, ancestor: string, descendant: string): boolean {
  // TODO: walk the parents from `descendant` (a stack or a queue and a Set of seen commits).
  return todo('isAncestor');
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
  // TODO: intersect the ancestor sets of a and b, then drop every common ancestor that is an
  // ancestor of another common ancestor.
  return todo('mergeBases');
}
