import { todo } from '@roadmap/todo';
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
  // TODO: turn a string into UTF-8 bytes (TextEncoder), build the header, concatenate.
  return todo('encodeObject');
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
  // TODO: createHash('sha1') from node:crypto, update with the encoded object, digest('hex').
  return todo('hashObject');
}
