// Mistake: walks every parent (the whole history) instead of the first-parent chain.
import { parseCommit } from './commit.ts';
import { readObject } from './read-object.ts';
import { resolveRef } from './refs.ts';

/**
 * The commits `git log --format=%H --first-parent <start>` lists: start at the commit `start`
 * names (default HEAD) and follow each commit's FIRST parent until a root commit. Newest first.
 * An unborn branch (HEAD pointing at a branch with no commit) gives [].
 *
 * Python:
 *     def first_parent_log(git_dir, start="HEAD"):
 *         oid, out = resolve_ref(git_dir, start), []
 *         while oid:
 *             out.append(oid)
 *             parents = parse_commit(read_object(git_dir, oid).body).parents
 *             oid = parents[0] if parents else None
 *         return out
 */
export function firstParentLog(gitDir: string, start = 'HEAD'): string[] {
  // Walks every parent, depth first.
  const out: string[] = [];
  const head = resolveRef(gitDir, start);
  const stack = head ? [head] : [];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (seen.has(oid)) continue;
    seen.add(oid);
    out.push(oid);
    stack.push(...[...parseCommit(readObject(gitDir, oid).body).parents].reverse());
  }
  return out;
}
