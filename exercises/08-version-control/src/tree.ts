import { todo } from '@roadmap/todo';

export interface TreeEntry {
  /** Octal text as git stores it: '100644' file, '100755' executable, '120000' symlink, '40000' directory, '160000' submodule. */
  mode: string;
  /** One path component (no '/'). */
  name: string;
  /** 40 hex digits. */
  oid: string;
}

/**
 * The body of a tree object: for each entry, in git's order, `"<mode> <name>\0"` then the 20 raw
 * bytes of the oid. git orders entries by the bytes of their names, a directory's name being
 * compared as if it ended in '/'. A directory mode written '040000' (as `git ls-tree` prints it)
 * is stored as '40000'.
 *
 * Python:
 *     def serialize_tree(entries: list[tuple[str, str, str]]) -> bytes:
 *         def key(e):
 *             mode, name, _ = e
 *             return name.encode() + (b"/" if mode == "40000" else b"")
 *         return b"".join(f"{mode} {name}\0".encode() + bytes.fromhex(oid)
 *                         for mode, name, oid in sorted(entries, key=key))
 */
export function serializeTree(entries: readonly TreeEntry[]): Uint8Array {
  // TODO: normalise '040000' to '40000'; sort a copy by the UTF-8 bytes of name (+ '/' for a
  // directory), comparing byte by byte; concatenate "<mode> <name>\0" + Buffer.from(oid, 'hex').
  return todo('serializeTree');
}

/**
 * Reads a tree body back into entries, in stored order (modes as stored, e.g. '40000').
 *
 * Python:
 *     def parse_tree(body: bytes) -> list[tuple[str, str, str]]:
 *         out, i = [], 0
 *         while i < len(body):
 *             sp = body.index(b" ", i); nul = body.index(b"\0", sp)
 *             out.append((body[i:sp].decode(), body[sp+1:nul].decode(), body[nul+1:nul+21].hex()))
 *             i = nul + 21
 *         return out
 */
export function parseTree(body: Uint8Array): TreeEntry[] {
  // TODO: walk the bytes: mode up to the space, name up to the NUL, then 20 oid bytes.
  return todo('parseTree');
}
