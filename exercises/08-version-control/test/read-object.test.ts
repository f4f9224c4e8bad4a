import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readObject } from '../src/read-object.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('read-object', () => {
  it('reads back the blob "hello\\n"', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'read-'));
    mkdirSync(path.join(dir, 'objects', 'ce'), { recursive: true });
    writeFileSync(path.join(dir, 'objects', 'ce', '013625030ba8dba906f756967f9e9ca394464a'), deflateSync('blob 6\0hello\n'));
    const o = readObject(dir, 'ce013625030ba8dba906f756967f9e9ca394464a');
    expect({ type: o.type, size: o.size, body: new TextDecoder().decode(o.body) }).toEqual({ type: 'blob', size: 6, body: 'hello\n' });
  });
});
