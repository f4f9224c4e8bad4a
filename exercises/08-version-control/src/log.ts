import { todo } from '@roadmap/todo';

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
  // TODO: resolve start (resolveRef from ./refs.ts); then loop: record the oid, read the commit
  // (readObject from ./read-object.ts, parseCommit from ./commit.ts) and move to parents[0].
  return todo('firstParentLog');
}
