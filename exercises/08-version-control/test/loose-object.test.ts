import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLooseObject } from '../src/loose-object.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loose-object', () => {
  it('returns the blob id and writes objects/ce/013625…', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'loose-'));
    expect(writeLooseObject(dir, 'blob', 'hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const file = path.join(dir, 'objects', 'ce', '013625030ba8dba906f756967f9e9ca394464a');
    expect(inflateSync(readFileSync(file)).toString()).toBe('blob 6\0hello\n');
  });
});
