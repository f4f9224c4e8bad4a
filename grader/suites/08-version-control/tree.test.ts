import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTree, serializeTree } from '@impl/08-version-control/tree';
import { EMPTY_TREE, golden, hex, modelOid, parseCatFileBatch, TempRepo } from './_kit.ts';

type Entry = { mode: string; name: string; oid: string };
type Golden = { entries: Entry[]; oid: string; body: string }[];

// Names that sort differently under the usual mistakes: a directory "foo" sorts as "foo/",
// after "foo-bar" and "foo.c" but before "foo0"; bytes order differs from UTF-16 order for
// "ｚ" (EF BD 9A) and "😀" (F0 9F 98 80).
const NAMES = ['foo', 'foo.c', 'foo-bar', 'foo0', 'a', 'A', 'a b', 'é', 'ｚ', '😀', 'Makefile', 'x.y', '_', '~'];
const MODES: [string, string][] = [['100644', 'blob'], ['100755', 'blob'], ['120000', 'blob'], ['40000', 'tree'], ['160000', 'commit']];

function randomCase(rng: () => number): Entry[] {
  const pool = [...NAMES];
  const entries: Entry[] = [];
  const n = 1 + Math.floor(rng() * 8);
  for (let i = 0; i < n && pool.length; i++) {
    const name = pool.splice(Math.floor(rng() * pool.length), 1)[0]!;
    const mode = MODES[Math.floor(rng() * MODES.length)]![0];
    const oid = Array.from({ length: 40 }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
    entries.push({ mode, name, oid });
  }
  return entries;
}

// Cases built to catch the ordering mistakes for sure.
const fixed: Entry[][] = [
  [
    { mode: '100644', name: 'foo.c', oid: 'aa'.repeat(20) },
    { mode: '40000', name: 'foo', oid: 'bb'.repeat(20) },
    { mode: '100644', name: 'foo-bar', oid: 'cc'.repeat(20) },
    { mode: '100644', name: 'foo0', oid: 'dd'.repeat(20) },
  ],
  [
    { mode: '100644', name: '😀', oid: '11'.repeat(20) },
    { mode: '100644', name: 'ｚ', oid: '22'.repeat(20) },
    { mode: '100644', name: 'é', oid: '33'.repeat(20) },
  ],
  [
    { mode: '100644', name: 'foo', oid: '44'.repeat(20) },
    { mode: '100644', name: 'foo-bar', oid: '55'.repeat(20) },
  ],
];

let repo: TempRepo;
const cases: { entries: Entry[]; oid: string; body: Buffer }[] = [];
let writeTree: { oid: string; lsTree: string };
let firstLsTree: Entry[];

/** `git ls-tree` lines to entries, with the stored directory mode ('40000', where ls-tree prints '040000'). */
const fromLsTree = (text: string): Entry[] =>
  text.trim().split('\n').map((line) => {
    const [meta, name] = line.split('\t');
    const [mode, , oid] = meta!.split(' ');
    return { mode: mode!.replace(/^0+/, ''), name: name!, oid: oid! };
  });

beforeAll(() => {
  repo = new TempRepo();
  const rng = mulberry32(808);
  const all = [...fixed, ...Array.from({ length: 25 }, () => randomCase(rng))];
  // `git mktree --missing --batch`: one tree per blank-line separated block, one git call.
  const type = Object.fromEntries(MODES);
  const input = all.map((entries) => entries.map((e) => `${e.mode === '40000' ? '040000' : e.mode} ${type[e.mode]} ${e.oid}\t${e.name}\n`).join('')).join('\n');
  const oids = repo.git(['mktree', '--missing', '--batch'], input).trim().split('\n');
  const bodies = parseCatFileBatch(repo.run(['cat-file', '--batch'], oids.join('\n') + '\n').stdout);
  all.forEach((entries, i) => cases.push({ entries, oid: oids[i]!, body: bodies[i]!.content }));
  firstLsTree = fromLsTree(repo.git(['-c', 'core.quotePath=false', 'ls-tree', oids[0]!]));

  // A real working tree: `git write-tree` and the root tree's entries as `git ls-tree` lists them.
  repo.write('foo/inner.txt', 'inner\n');
  repo.write('foo.c', 'int main;\n');
  repo.write('foo-bar', 'dash\n');
  repo.write('bin/tool', '#!/bin/sh\n');
  repo.write('README', 'read me\n');
  const out = repo.sh('chmod +x bin/tool && git add -A && t=$(git write-tree) && echo "$t" && git ls-tree "$t"').split('\n');
  writeTree = { oid: out[0]!, lsTree: out.slice(1).join('\n') };
});
afterAll(() => repo?.dispose());

const show = (entries: Entry[]) => entries.map((e) => `${e.mode} ${e.name}`).join(', ');

describe('serializeTree', () => {
  it('serializes no entries to the empty tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904', () => {
    const body = serializeTree([]);
    expect({ length: body.length, oid: modelOid('tree', body) }).toEqual({ length: 0, oid: EMPTY_TREE });
  });

  it('writes "<mode> <name>\\0" then the 20 raw oid bytes', () => {
    const body = serializeTree([{ mode: '100644', name: 'hello.txt', oid: 'ce013625030ba8dba906f756967f9e9ca394464a' }]);
    expect(hex(body)).toBe(Buffer.from('100644 hello.txt\0').toString('hex') + 'ce013625030ba8dba906f756967f9e9ca394464a');
  });

  for (const [i, title] of ['sorts a directory "foo" as "foo/": after "foo-bar" and "foo.c", before "foo0"', 'orders names by UTF-8 bytes, not UTF-16 code units', 'puts a file "foo" before "foo-bar"'].entries()) {
    it(title, () => {
      const c = cases[i]!;
      expect({ entries: show(c.entries), body: hex(serializeTree(c.entries)) }).toEqual({ entries: show(c.entries), body: c.body.toString('hex') });
    });
  }

  it('produces the exact bytes git mktree stores, for 25 random entry lists', () => {
    for (const c of cases.slice(fixed.length)) {
      const body = serializeTree(c.entries);
      expect({ entries: show(c.entries), oid: modelOid('tree', body) }).toEqual({ entries: show(c.entries), oid: c.oid });
    }
  });

  it('writes a directory given as "040000" (how git ls-tree prints it) as "40000"', () => {
    const entries = [{ mode: '040000', name: 'src', oid: EMPTY_TREE }];
    expect(Buffer.from(serializeTree(entries)).subarray(0, 10).toString('latin1')).toBe('40000 src\0');
  });

  it('rebuilds the root tree of git write-tree from the entries git ls-tree lists', () => {
    const entries = fromLsTree(writeTree.lsTree).map((e) => (e.mode === '40000' ? { ...e, mode: '040000' } : e));
    expect(modelOid('tree', serializeTree(entries.reverse()))).toBe(writeTree.oid);
  });

  it('does not depend on the order of the input (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(cases[0]!.entries.concat(cases[1]!.entries), { minLength: 1 }), (entries) => {
        expect(hex(serializeTree(entries))).toBe(hex(serializeTree([...entries].reverse())));
      }),
    );
  });

  it('matches the goldens made with git mktree', () => {
    for (const g of golden<Golden>('tree.json')) {
      const body = serializeTree(g.entries);
      expect({ entries: show(g.entries), body: Buffer.from(body).toString('base64') }).toEqual({ entries: show(g.entries), body: g.body });
    }
  });
});

describe('parseTree', () => {
  it('reads back the entries of a git-made tree in stored order, as git ls-tree lists them', () => {
    expect(parseTree(Uint8Array.from(cases[0]!.body))).toEqual(firstLsTree);
  });

  it('decodes UTF-8 names and reads back every entry of the random git-made trees', () => {
    const byName = (x: Entry, y: Entry) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    for (const c of cases) {
      const parsed = parseTree(Uint8Array.from(c.body));
      expect([...parsed].sort(byName)).toEqual([...c.entries].sort(byName));
    }
  });
});
