import { todo } from '@roadmap/todo';
import type { ObjectType } from './_git.ts';

export interface GitObject {
  type: ObjectType;
  /** The body's length in bytes, as written in the header. */
  size: number;
  /** The raw body: bytes, not text (a blob can hold anything). */
  body: Uint8Array;
}

/**
 * Reads a loose object: inflate `<gitDir>/objects/<oid[0:2]>/<oid[2:]>`, split the header
 * `"<type> <size>\0"` from the body. Throws an Error naming the oid when there is no such object.
 *
 * Python:
 *     def read_object(git_dir: str, oid: str) -> tuple[str, int, bytes]:
 *         with open(os.path.join(git_dir, "objects", oid[:2], oid[2:]), "rb") as f:
 *             raw = zlib.decompress(f.read())
 *         header, _, body = raw.partition(b"\0")
 *         type, size = header.decode().split(" ")
 *         return type, int(size), body
 */
export function readObject(gitDir: string, oid: string): GitObject {
  // TODO: readFileSync + inflateSync (node:zlib); find the first 0 byte; decode only the header
  // as text; keep the body as bytes (Uint8Array.slice). A missing file: throw naming the oid.
  return todo('readObject');
}
