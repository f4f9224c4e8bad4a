// Mistake: decodes the inflated object as UTF-8 text and splits the string, so binary bodies are corrupted.
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
  let text: string;
  try {
    text = inflateSync(readFileSync(path.join(gitDir, 'objects', oid.slice(0, 2), oid.slice(2)))).toString('utf8');
  } catch {
    throw new Error(`object ${oid} not found`);
  }
  const nul = text.indexOf('\0');
  const [type, size] = text.slice(0, nul).split(' ');
  return { type: type as ObjectType, size: Number(size), body: new TextEncoder().encode(text.slice(nul + 1)) };
}
