// Mistake: adds a newline to a message that does not end with one (git stores the message verbatim).
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
  const headers = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`), `author ${commit.author}`, `committer ${commit.committer}`];
  // Headers end with a newline each; one more newline separates them from the message.
  return new TextEncoder().encode(`${headers.join('\n')}\n\n${commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`}`);
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
  const text = new TextDecoder().decode(body);
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const message = split < 0 ? '' : text.slice(split + 2);
  let tree = '';
  let author = '';
  let committer = '';
  const parents: string[] = [];
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of a multi-line header such as gpgsig
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') tree = value;
    else if (key === 'parent') parents.push(value);
    else if (key === 'author') author = value;
    else if (key === 'committer') committer = value;
  }
  return { tree, parents, author, committer, message };
}
