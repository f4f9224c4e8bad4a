import { createHash } from 'node:crypto';
import type { ObjectType } from './_git.ts';

/**
 * The bytes git hashes (and, compressed, stores) for an object: `"<type> <size>\0"` then the body.
 * The size is the body's length in BYTES, written in decimal.
 *
 * Python:
 *     def encode_object(type: str, data: bytes) -> bytes:
 *         return f"{type} {len(data)}\0".encode() + data
 */
export function encodeObject(type: ObjectType, bytes: Uint8Array | string): Uint8Array {
  // A string is UTF-8 text: encode it first, so the size counts bytes, not UTF-16 code units.
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const header = new TextEncoder().encode(`${type} ${body.length}\0`);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

/**
 * The object id git gives `bytes` stored as `type`: the SHA-1 of `encodeObject(type, bytes)` in hex.
 *
 * Python:
 *     import hashlib
 *     def hash_object(type: str, data: bytes) -> str:
 *         return hashlib.sha1(encode_object(type, data)).hexdigest()
 */
export function hashObject(type: ObjectType, bytes: Uint8Array | string): string {
  return createHash('sha1').update(encodeObject(type, bytes)).digest('hex');
}
