// Mistake: reports the size of the whole inflated object (header included) instead of the header's size field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { ObjectType } from './_git.ts';

export interface GitObject {
  type: ObjectType;
  size: number;
  body: Uint8Array;
}

export function readObject(gitDir: string, oid: string): GitObject {
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(inflateSync(readFileSync(path.join(gitDir, 'objects', oid.slice(0, 2), oid.slice(2)))));
  } catch {
    throw new Error(`object ${oid} not found`);
  }
  const nul = raw.indexOf(0);
  const [type] = new TextDecoder().decode(raw.subarray(0, nul)).split(' ');
  return { type: type as ObjectType, size: raw.length, body: raw.slice(nul + 1) };
}
