import { todo } from '@roadmap/todo';
import type { ObjectType } from './_git.ts';

/**
 * Stores an object the way `git hash-object -w` does and returns its id: the zlib-compressed
 * `"<type> <size>\0" + body` goes to `<gitDir>/objects/<first 2 hex>/<remaining 38 hex>`.
 * Writing an object that is already there is fine (same name, same content).
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
  // TODO: build the raw object (header + body), hash it, deflateSync it (node:zlib) and write it
  // under objects/<2>/<38>, creating the folder (mkdirSync with { recursive: true }).
  return todo('writeLooseObject');
}
