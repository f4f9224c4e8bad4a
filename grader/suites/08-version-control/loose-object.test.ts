import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLooseObject } from '@impl/08-version-control/loose-object';
import { AUTHOR, COMMITTER, EMPTY_TREE, golden, materialise, modelOid, parseCatFileBatch, TempRepo } from './_kit.ts';

type Golden = { type: 'blob' | 'tree' | 'commit' | 'tag'; body: string; oid: string; path: string; inflated: string }[];

let repo: TempRepo;
beforeAll(() => {
  repo = new TempRepo();
});
afterAll(() => repo?.dispose());

const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
const treeBody = (oid: string) => Buffer.concat([Buffer.from('100644 hello.txt\0'), Buffer.from(oid, 'hex')]);

describe('writeLooseObject', () => {
  it('returns the id git hash-object gives and writes objects/ce/013625…', () => {
    const oid = writeLooseObject(repo.gitDir, 'blob', 'hello\n');
    expect(oid).toBe(repo.git(['hash-object', '--stdin'], 'hello\n').trim());
    expect(existsSync(path.join(repo.gitDir, 'objects', 'ce', '013625030ba8dba906f756967f9e9ca394464a'))).toBe(true);
  });

  it('writes a zlib stream of "<type> <size>\\0" + body', () => {
    const oid = writeLooseObject(repo.gitDir, 'blob', binary);
    const file = path.join(repo.gitDir, 'objects', oid.slice(0, 2), oid.slice(2));
    const raw = inflateSync(readFileSync(file));
    expect(raw.subarray(0, 9).toString('latin1')).toBe('blob 300\0');
    expect([...raw.subarray(9)]).toEqual([...binary]);
  });

  it('writes blobs, a tree and a commit that git cat-file reads back exactly', () => {
    const blob = writeLooseObject(repo.gitDir, 'blob', 'hello\n');
    const bin = writeLooseObject(repo.gitDir, 'blob', binary);
    const empty = writeLooseObject(repo.gitDir, 'blob', new Uint8Array(0));
    const tree = writeLooseObject(repo.gitDir, 'tree', treeBody(blob));
    const commitText = `tree ${tree}\nauthor ${AUTHOR}\ncommitter ${COMMITTER}\n\nwritten by hand\n`;
    const commit = writeLooseObject(repo.gitDir, 'commit', commitText);
    const expected = [
      { oid: blob, type: 'blob', content: Buffer.from('hello\n') },
      { oid: bin, type: 'blob', content: Buffer.from(binary) },
      { oid: empty, type: 'blob', content: Buffer.alloc(0) },
      { oid: tree, type: 'tree', content: treeBody(blob) },
      { oid: commit, type: 'commit', content: Buffer.from(commitText) },
    ];
    const got = parseCatFileBatch(repo.run(['cat-file', '--batch'], expected.map((e) => e.oid).join('\n') + '\n').stdout);
    expect(got.map((g) => ({ oid: g.oid, type: g.type, content: g.content.toString('hex') }))).toEqual(
      expected.map((e) => ({ oid: e.oid, type: e.type, content: e.content.toString('hex') })),
    );
    // The commit is reachable and complete: git log can walk it.
    expect(repo.git(['log', '--format=%s', commit]).trim()).toBe('written by hand');
  });

  it('leaves a repository that git fsck --strict accepts', () => {
    const blob = writeLooseObject(repo.gitDir, 'blob', 'fsck me\n');
    const tree = writeLooseObject(repo.gitDir, 'tree', treeBody(blob));
    writeLooseObject(repo.gitDir, 'commit', `tree ${tree}\nauthor ${AUTHOR}\ncommitter ${COMMITTER}\n\nfsck\n`);
    writeLooseObject(repo.gitDir, 'tree', new Uint8Array(0));
    const r = repo.run(['fsck', '--strict', '--no-dangling']);
    // An empty repository makes fsck print "notice:" lines (no branch yet); anything else is a problem.
    const problems = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('notice:'));
    expect({ status: r.status, problems }).toEqual({ status: 0, problems: [] });
  });

  it('can be called twice for the same content (objects are immutable)', () => {
    const first = writeLooseObject(repo.gitDir, 'blob', 'twice\n');
    const again = writeLooseObject(repo.gitDir, 'blob', 'twice\n');
    expect(again).toBe(first);
    expect(repo.git(['cat-file', '-p', first])).toBe('twice\n');
  });

  it('stores UTF-8 text with its byte length', () => {
    const oid = writeLooseObject(repo.gitDir, 'blob', 'ünïcödé ✓\n');
    expect(oid).toBe(modelOid('blob', 'ünïcödé ✓\n'));
    expect(repo.git(['cat-file', '-s', oid]).trim()).toBe(String(Buffer.byteLength('ünïcödé ✓\n')));
  });

  it('writes the empty tree git already knows about', () => {
    expect(writeLooseObject(repo.gitDir, 'tree', new Uint8Array(0))).toBe(EMPTY_TREE);
    expect(statSync(path.join(repo.gitDir, 'objects', EMPTY_TREE.slice(0, 2), EMPTY_TREE.slice(2))).isFile()).toBe(true);
  });

  it('matches the goldens: same path and same inflated bytes as git hash-object -w', () => {
    const scratch = materialise({ 'objects/info/.keep': '' });
    try {
      for (const g of golden<Golden>('loose-object.json')) {
        const oid = writeLooseObject(scratch.dir, g.type, Uint8Array.from(Buffer.from(g.body, 'base64')));
        const file = path.join(scratch.dir, g.path);
        expect({ oid, exists: existsSync(file) }).toEqual({ oid: g.oid, exists: true });
        expect(inflateSync(readFileSync(file)).toString('base64')).toBe(g.inflated);
      }
    } finally {
      scratch.dispose();
    }
  });
});
