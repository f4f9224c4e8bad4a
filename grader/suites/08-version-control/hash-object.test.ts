import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeObject, hashObject } from '@impl/08-version-control/hash-object';
import { golden, modelOid, TempRepo } from './_kit.ts';

type Golden = { type: 'blob' | 'tree' | 'commit' | 'tag'; body: string; oid: string }[];

const samples: Record<string, string | Uint8Array> = {
  empty: '',
  hello: 'hello\n',
  utf8: 'héllo wörld 🌍 — ünïcödé\n',
  nul: 'a\0b\0\0c',
  binary: Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) & 0xff),
  multiDigitSize: 'line\n'.repeat(2500),
};

let repo: TempRepo;
const fromGit: Record<string, string> = {};

beforeAll(() => {
  // One `git hash-object --stdin-paths` call hashes every sample as a blob.
  repo = new TempRepo();
  const files = Object.entries(samples).map(([name, content]) => {
    const file = path.join(repo.root, `${name}.bin`);
    writeFileSync(file, content);
    return file;
  });
  const oids = repo.git(['hash-object', '--stdin-paths'], files.join('\n') + '\n').trim().split('\n');
  Object.keys(samples).forEach((name, i) => (fromGit[name] = oids[i]!));
});
afterAll(() => repo?.dispose());

describe('hashObject', () => {
  it('hashes "hello\\n" as a blob to ce013625030ba8dba906f756967f9e9ca394464a', () => {
    expect(hashObject('blob', 'hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('hashes the empty blob to e69de29bb2d1d6434b8b29ae775ad8c2e48c5391', () => {
    expect(hashObject('blob', new Uint8Array(0))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  for (const name of Object.keys(samples)) {
    it(`agrees with git hash-object on the "${name}" sample`, () => {
      expect(hashObject('blob', samples[name]!)).toBe(fromGit[name]);
    });
  }

  it('counts the size in UTF-8 bytes, not in JavaScript string length', () => {
    // 'é' is 1 UTF-16 unit but 2 bytes; '🌍' is 2 units but 4 bytes.
    expect(hashObject('blob', 'é🌍')).toBe(modelOid('blob', Buffer.from('é🌍', 'utf8')));
  });

  it('gives the same id for a string and for its UTF-8 bytes', () => {
    const text = 'naïve café ☕\n';
    expect(hashObject('blob', text)).toBe(hashObject('blob', new TextEncoder().encode(text)));
  });

  it('puts the type in the header: the same bytes as blob, tree, commit and tag hash differently', () => {
    const body = 'same bytes';
    const ids = (['blob', 'tree', 'commit', 'tag'] as const).map((t) => hashObject(t, body));
    expect(ids).toEqual((['blob', 'tree', 'commit', 'tag'] as const).map((t) => modelOid(t, body)));
  });

  it('matches the goldens written by git hash-object for every object type', () => {
    for (const g of golden<Golden>('hash-object.json')) {
      const body = Uint8Array.from(Buffer.from(g.body, 'base64'));
      expect({ type: g.type, bytes: body.length, oid: hashObject(g.type, body) }).toEqual({ type: g.type, bytes: body.length, oid: g.oid });
    }
  });

  it('is the SHA-1 of "<type> <size>\\0" + body for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('blob', 'tree', 'commit', 'tag' as const), (bytes, type) => {
        expect(hashObject(type, bytes)).toBe(modelOid(type, bytes));
      }),
    );
  });
});

describe('encodeObject', () => {
  it('prefixes "blob 6\\0" to "hello\\n"', () => {
    expect(Buffer.from(encodeObject('blob', 'hello\n')).toString('latin1')).toBe('blob 6\0hello\n');
  });

  it('writes the byte length of UTF-8 text in the header', () => {
    const out = Buffer.from(encodeObject('blob', 'é'));
    expect([...out]).toEqual([...Buffer.from('blob 2\0', 'latin1'), 0xc3, 0xa9]);
  });

  it('keeps binary bodies byte for byte', () => {
    const body = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const out = encodeObject('blob', body);
    expect(Buffer.from(out.subarray(0, 9)).toString('latin1')).toBe('blob 256\0');
    expect([...out.subarray(9)]).toEqual([...body]);
  });
});
