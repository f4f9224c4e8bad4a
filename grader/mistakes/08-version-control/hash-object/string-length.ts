// Mistake: writes the JavaScript string length (UTF-16 units) in the header instead of the byte count.
import { createHash } from 'node:crypto';
import type { ObjectType } from './_git.ts';

export function encodeObject(type: ObjectType, bytes: Uint8Array | string): Uint8Array {
  const size = bytes.length;
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const header = new TextEncoder().encode(`${type} ${size}\0`);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

export function hashObject(type: ObjectType, bytes: Uint8Array | string): string {
  return createHash('sha1').update(encodeObject(type, bytes)).digest('hex');
}
