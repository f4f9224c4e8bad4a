import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRef } from '../src/refs.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function gitDir(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'refs-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('refs', () => {
  it('follows HEAD to a loose branch', () => {
    expect(resolveRef(gitDir({ HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${A}\n` }), 'HEAD')).toBe(A);
  });
  it('finds a short name in packed-refs', () => {
    const packed = `# pack-refs with: peeled fully-peeled sorted \n${B} refs/heads/topic\n`;
    expect(resolveRef(gitDir({ HEAD: 'ref: refs/heads/main\n', 'packed-refs': packed }), 'topic')).toBe(B);
  });
});
