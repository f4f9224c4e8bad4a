// Mistake: hashes header + body but compresses only the body into the file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './_git.ts';

export function writeLooseObject(gitDir: string, type: ObjectType, bytes: Uint8Array | string): string {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  const oid = createHash('sha1').update(raw).digest('hex');
  const dir = path.join(gitDir, 'objects', oid.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, oid.slice(2));
  if (!existsSync(file)) writeFileSync(file, deflateSync(body));
  return oid;
}
