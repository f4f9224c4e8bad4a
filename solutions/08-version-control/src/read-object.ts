import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
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
  const file = path.join(gitDir, 'objects', oid.slice(0, 2), oid.slice(2));
  let compressed: Buffer;
  try {
    compressed = readFileSync(file);
  } catch {
    throw new Error(`object ${oid} not found in ${gitDir}`);
  }
  const raw = new Uint8Array(inflateSync(compressed));
  // The header is ASCII and ends at the first NUL; the body may contain NULs of its own.
  const nul = raw.indexOf(0);
  const header = new TextDecoder().decode(raw.subarray(0, nul));
  const [type, sizeText] = header.split(' ');
  const size = Number(sizeText);
  const body = raw.slice(nul + 1);
  if (body.length !== size) throw new Error(`object ${oid} is corrupt: header says ${size} bytes, body has ${body.length}`);
  return { type: type as ObjectType, size, body };
}
