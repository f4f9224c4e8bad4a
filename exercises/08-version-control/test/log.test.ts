import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstParentLog } from '../src/log.ts';

const ident = 'Ada Lovelace <ada@example.com> 1700000000 +0100';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a commit object by hand (as your loose-object exercise does) and returns its id. */
function commit(parents: string[], message: string): string {
  const body = `tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n${parents.map((p) => `parent ${p}\n`).join('')}author ${ident}\ncommitter ${ident}\n\n${message}`;
  const raw = Buffer.from(`commit ${Buffer.byteLength(body)}\0${body}`);
  const oid = createHash('sha1').update(raw).digest('hex');
  mkdirSync(path.join(dir, 'objects', oid.slice(0, 2)), { recursive: true });
  writeFileSync(path.join(dir, 'objects', oid.slice(0, 2), oid.slice(2)), deflateSync(raw));
  return oid;
}

describe('log', () => {
  it('walks first parents from HEAD', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'log-'));
    const root = commit([], 'root\n');
    const side = commit([root], 'side\n');
    const main = commit([root], 'main\n');
    const merge = commit([main, side], 'merge\n');
    mkdirSync(path.join(dir, 'refs', 'heads'), { recursive: true });
    writeFileSync(path.join(dir, 'refs', 'heads', 'main'), `${merge}\n`);
    writeFileSync(path.join(dir, 'HEAD'), 'ref: refs/heads/main\n');
    expect(firstParentLog(dir)).toEqual([merge, main, root]);
  });
});
