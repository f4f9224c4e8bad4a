import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readObject } from '@impl/08-version-control/read-object';
import { golden, materialise, parseCatFileBatch, TempRepo } from './_kit.ts';

type Golden = { files: Record<string, string>; objects: { oid: string; type: string; size: number; body: string }[] };

const binary = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)), Buffer.from([0, 0, 0xc3, 0x28, 0xff])]);

let repo: TempRepo;
let expected: { oid: string; type: string; size: number; content: Buffer }[];
const names = ['commit', 'tree', 'tag', 'text blob', 'binary blob', 'empty blob'];

beforeAll(() => {
  // Objects written by git itself: `git add` + `git commit` + `git tag -a`.
  repo = new TempRepo();
  repo.write('text.txt', 'plain text\nsecond line, ünïcödé\n');
  repo.write('bin.dat', binary);
  repo.write('empty', '');
  repo.write('dir/nested.txt', 'nested\n');
  const oids = repo
    .sh(`git add -A && git commit -q -m snapshot && git tag -a -m annotated v1 && git rev-parse HEAD 'HEAD^{tree}' v1 HEAD:text.txt HEAD:bin.dat HEAD:empty`)
    .trim()
    .split('\n');
  expected = parseCatFileBatch(repo.run(['cat-file', '--batch'], oids.join('\n') + '\n').stdout);
});
afterAll(() => repo?.dispose());

describe('readObject', () => {
  for (const [i, name] of names.entries()) {
    it(`reads the type, size and body git cat-file --batch reports for a ${name}`, () => {
      const e = expected[i]!;
      const o = readObject(repo.gitDir, e.oid);
      expect({ type: o.type, size: o.size, body: Buffer.from(o.body).toString('hex') }).toEqual({ type: e.type, size: e.size, body: e.content.toString('hex') });
    });
  }

  it('returns the body as bytes, keeping invalid UTF-8 and NULs intact', () => {
    const o = readObject(repo.gitDir, expected[4]!.oid);
    expect(o.body).toBeInstanceOf(Uint8Array);
    expect([...o.body]).toEqual([...binary]);
  });

  it('throws an error naming the oid when the object does not exist', () => {
    const missing = '0123456789abcdef0123456789abcdef01234567';
    expect(() => readObject(repo.gitDir, missing)).toThrow(missing);
  });

  it('reads loose objects from the goldens (files written by git, checked with git cat-file)', () => {
    const g = golden<Golden>('read-object.json');
    const snap = materialise(g.files);
    try {
      for (const e of g.objects) {
        const o = readObject(snap.dir, e.oid);
        expect({ oid: e.oid, type: o.type, size: o.size, body: Buffer.from(o.body).toString('base64') }).toEqual({ oid: e.oid, type: e.type, size: e.size, body: e.body });
      }
    } finally {
      snap.dispose();
    }
  });
});
