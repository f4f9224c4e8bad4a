// Mistake: ends the header with a newline instead of a NUL byte.
import { createHash } from 'node:crypto';
import type { ObjectType } from './_git.ts';

export function encodeObject(type: ObjectType, bytes: Uint8Array | string): Uint8Array {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const header = new TextEncoder().encode(`${type} ${body.length}\n`);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

export function hashObject(type: ObjectType, bytes: Uint8Array | string): string {
  return createHash('sha1').update(encodeObject(type, bytes)).digest('hex');
}
