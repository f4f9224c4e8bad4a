// Mistake: writes objects/<40 hex> instead of objects/<2 hex>/<38 hex>.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { ObjectType } from './_git.ts';

export function writeLooseObject(gitDir: string, type: ObjectType, bytes: Uint8Array | string): string {
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  const oid = createHash('sha1').update(raw).digest('hex');
  mkdirSync(path.join(gitDir, 'objects'), { recursive: true });
  const file = path.join(gitDir, 'objects', oid);
  if (!existsSync(file)) writeFileSync(file, deflateSync(raw));
  return oid;
}
