import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseIndex } from '../src/index-file.ts';

/** A one-entry version 2 index for "hello.txt", built by hand. */
function tinyIndex(): Uint8Array {
  const entry = Buffer.alloc(62 + 'hello.txt'.length + 1 + 6); // padded to 80 bytes
  entry.writeUInt32BE(0o100644, 24); // mode
  entry.writeUInt32BE(6, 36); // size
  Buffer.from('ce013625030ba8dba906f756967f9e9ca394464a', 'hex').copy(entry, 40);
  entry.writeUInt16BE('hello.txt'.length, 60); // flags: stage 0, name length 9
  entry.write('hello.txt', 62);
  const header = Buffer.from([0x44, 0x49, 0x52, 0x43, 0, 0, 0, 2, 0, 0, 0, 1]);
  const body = Buffer.concat([header, entry]);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}

describe('index-file', () => {
  it('reads a one-entry index', () => {
    const idx = parseIndex(tinyIndex());
    expect(idx.version).toBe(2);
    expect(idx.entries.map((e) => [e.path, e.mode.toString(8), e.oid, e.stage, e.size])).toEqual([
      ['hello.txt', '100644', 'ce013625030ba8dba906f756967f9e9ca394464a', 0, 6],
    ]);
  });
});
