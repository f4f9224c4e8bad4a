// Mistake: sorts entries by name alone, forgetting that git compares a directory as "name/".
export interface TreeEntry {
  /** Octal text as git stores it: '100644' file, '100755' executable, '120000' symlink, '40000' directory, '160000' submodule. */
  mode: string;
  /** One path component (no '/'). */
  name: string;
  /** 40 hex digits. */
  oid: string;
}

const utf8 = new TextEncoder();

/** Bytewise comparison, like C's memcmp (what git uses), not JavaScript's UTF-16 string order. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
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
  const rows = entries.map((e) => {
    const mode = e.mode.replace(/^0+/, '');
    const name = utf8.encode(e.name);
    const key = name;
    return { mode, name, key, oid: e.oid };
  });
  rows.sort((a, b) => compareBytes(a.key, b.key));
  const parts: Uint8Array[] = [];
  for (const r of rows) {
    parts.push(utf8.encode(`${r.mode} `), r.name, Uint8Array.of(0), Uint8Array.from(Buffer.from(r.oid, 'hex')));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
  const out: TreeEntry[] = [];
  const text = new TextDecoder();
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(0x20, i);
    const nul = body.indexOf(0, sp);
    if (sp < 0 || nul < 0 || nul + 21 > body.length) throw new Error(`malformed tree entry at byte ${i}`);
    out.push({
      mode: text.decode(body.subarray(i, sp)),
      name: text.decode(body.subarray(sp + 1, nul)),
      oid: Buffer.from(body.subarray(nul + 1, nul + 21)).toString('hex'),
    });
    i = nul + 21;
  }
  return out;
}
