// Mistake: follows the last parent of a merge instead of the first.
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
  const out: string[] = [];
  let oid = resolveRef(gitDir, start);
  while (oid) {
    out.push(oid);
    const obj = readObject(gitDir, oid);
    if (obj.type !== 'commit') throw new Error(`${oid} is a ${obj.type}, not a commit`);
    const parents = parseCommit(obj.body).parents;
    oid = parents[parents.length - 1] ?? null;
  }
  return out;
}
