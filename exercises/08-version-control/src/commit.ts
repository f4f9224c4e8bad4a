import { todo } from '@roadmap/todo';

export interface CommitFields {
  /** The root tree's oid. */
  tree: string;
  /** Parent oids in order: none for a root commit, two or more for a merge. */
  parents: readonly string[];
  /** `Name <email> <unix-seconds> <+hhmm|-hhmm>` */
  author: string;
  /** Same shape as `author`. */
  committer: string;
  /** Everything after the blank line, verbatim (usually ends with '\n'). */
  message: string;
}

/**
 * The body of a commit object:
 *
 *     tree <oid>
 *     parent <oid>        (one line per parent, in order)
 *     author <ident>
 *     committer <ident>
 *
 *     <message>
 *
 * Python:
 *     def serialize_commit(tree, parents, author, committer, message) -> bytes:
 *         lines = [f"tree {tree}"] + [f"parent {p}" for p in parents]
 *         lines += [f"author {author}", f"committer {committer}"]
 *         return ("\n".join(lines) + "\n\n" + message).encode()
 */
export function serializeCommit(commit: CommitFields): Uint8Array {
  // TODO: header lines in this order, a blank line, then the message exactly as given.
  return todo('serializeCommit');
}

/**
 * Reads a commit body back. Headers this type does not name (`encoding`, `gpgsig`, `mergetag`,
 * and their continuation lines, which start with a space) are skipped.
 *
 * Python:
 *     def parse_commit(body: bytes) -> dict:
 *         head, _, message = body.decode().partition("\n\n")
 *         ...
 */
export function parseCommit(body: Uint8Array): CommitFields {
  // TODO: split at the first blank line; read "key value" header lines; collect every parent.
  return todo('parseCommit');
}
