import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './_git.ts';

/**
 * Stores an object the way `git hash-object -w` does and returns its id: the zlib-compressed
 * `"<type> <size>\0" + body` goes to `<gitDir>/objects/<first 2 hex>/<remaining 38 hex>`.
 *
 * Python:
 *     def write_loose_object(git_dir: str, type: str, data: bytes) -> str:
 *         raw = f"{type} {len(data)}\0".encode() + data
 *         oid = hashlib.sha1(raw).hexdigest()
 *         path = os.path.join(git_dir, "objects", oid[:2], oid[2:])
 *         os.makedirs(os.path.dirname(path), exist_ok=True)
 *         if not os.path.exists(path):
 *             with open(path, "wb") as f:
 *                 f.write(zlib.compress(raw))
 *         return oid
 */
export function writeLooseObject(gitDir: string, type: ObjectType, bytes: Uint8Array | string): string {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const header = new TextEncoder().encode(`${type} ${body.length}\0`);
  const raw = new Uint8Array(header.length + body.length);
  raw.set(header, 0);
  raw.set(body, header.length);
  // The id is the hash of the uncompressed bytes; only the file content is compressed.
  const oid = createHash('sha1').update(raw).digest('hex');
  const dir = path.join(gitDir, 'objects', oid.slice(0, 2));
  const file = path.join(dir, oid.slice(2));
  mkdirSync(dir, { recursive: true });
  // Objects are immutable and named by their content: one already there is this very object.
  if (!existsSync(file)) writeFileSync(file, deflateSync(raw), { mode: 0o444 });
  return oid;
}
