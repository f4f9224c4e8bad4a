import { todo } from '@roadmap/todo';

/**
 * What `git rev-parse <name>` prints, or null when it names nothing: a 40-hex oid as is; `HEAD`
 * and other full names (`refs/heads/main`); short names tried as `<name>`, `refs/<name>`,
 * `refs/tags/<name>`, `refs/heads/<name>`, `refs/remotes/<name>`, `refs/remotes/<name>/HEAD`.
 * A ref is a loose file under gitDir (an oid, or `ref: <other ref>` for a symbolic ref) or a
 * line of `packed-refs`; the loose file wins. `<name>^{}` peels annotated tags down to the
 * object they finally point to.
 *
 * Python:
 *     def resolve_ref(git_dir: str, name: str) -> str | None:
 *         for rule in RULES:
 *             oid = read_ref(git_dir, rule % name)
 *             if oid: return oid
 *         return None
 */
export function resolveRef(gitDir: string, name: string): string | null {
  // TODO: handle a trailing ^{} (resolve the rest, then peel tag objects: readObject from
  // ./read-object.ts and the "object <oid>" line); pass a 40-hex oid through; otherwise try the
  // six places in order, reading a loose file first and packed-refs second, following "ref: ".
  return todo('resolveRef');
}
