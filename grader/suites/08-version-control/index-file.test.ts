import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndex } from '@impl/08-version-control/index-file';
import { golden, TempRepo } from './_kit.ts';

interface Expected {
  path: string;
  mode: number;
  oid: string;
  stage: number;
  ctimeSeconds: number;
  ctimeNanoseconds: number;
  mtimeSeconds: number;
  mtimeNanoseconds: number;
  dev: number;
  ino: number;
  uid: number;
  gid: number;
  size: number;
  assumeValid: boolean;
}
type Golden = Record<'v2' | 'v3', { index: string; version: number; entries: Expected[] }>;

/** Entries as git lists them: `ls-files -s` (mode, oid, stage), `--debug` (stat data), `-v` (assume-valid tag). */
function fromLsFiles(stage: string, debug: string, tagged: string): Expected[] {
  const d = debug.split('\n');
  const t = tagged.split('\n');
  return stage
    .split('\n')
    .filter(Boolean)
    .map((line, k) => {
      const [meta, file] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
      const [mode, oid, st] = meta.split(' ');
      const block = d.slice(6 * k, 6 * k + 6);
      if (block[0] !== file) throw new Error(`ls-files --debug out of step: ${block[0]} vs ${file}`);
      const pair = (s: string) => s.split(': ')[1]!.split(':').map(Number);
      const fields = (s: string) => s.trim().split('\t').map((x) => Number(x.split(': ')[1]));
      const [ct, cn] = pair(block[1]!);
      const [mt, mn] = pair(block[2]!);
      const [dev, ino] = fields(block[3]!);
      const [uid, gid] = fields(block[4]!);
      const [size] = fields(block[5]!);
      return {
        path: file,
        mode: parseInt(mode!, 8),
        oid: oid!,
        stage: Number(st),
        ctimeSeconds: ct!,
        ctimeNanoseconds: cn!,
        mtimeSeconds: mt!,
        mtimeNanoseconds: mn!,
        dev: dev!,
        ino: ino!,
        uid: uid!,
        gid: gid!,
        size: size!,
        assumeValid: t[k]![0] !== t[k]![0]!.toUpperCase(),
      };
    });
}

const pick = (e: Expected) => ({
  path: e.path,
  mode: e.mode.toString(8),
  oid: e.oid,
  stage: e.stage,
  ctime: `${e.ctimeSeconds}:${e.ctimeNanoseconds}`,
  mtime: `${e.mtimeSeconds}:${e.mtimeNanoseconds}`,
  dev: e.dev,
  ino: e.ino,
  uid: e.uid,
  gid: e.gid,
  size: e.size,
  assumeValid: e.assumeValid,
});

const BLOB = 'ce013625030ba8dba906f756967f9e9ca394464a';
const LONG = `${Array.from({ length: 22 }, (_, i) => `${i}`.padEnd(200, 'd')).join('/')}/long.txt`;

let repo: TempRepo;
const files: Record<'v2' | 'v3' | 'v4', { buf: Uint8Array; expected?: Expected[] }> = {} as never;

beforeAll(() => {
  repo = new TempRepo();
  repo.write('README.md', 'hello\n');
  repo.write('src/a.ts', 'export const a = 1;\n');
  repo.write('src/ab.ts', 'export const ab = 2;\n');
  repo.write('src/abcdef', '// 62 + 10 bytes: a multiple of 8 before its padding, so it gets 8 NULs\n');
  repo.write('bin/run.sh', '#!/bin/sh\necho run\n');
  repo.write('docs/é ü.md', '# ünïcödé\n');
  repo.write('big.bin', Buffer.alloc(70_000, 7));
  const info = [`100644 ${BLOB} 1\tconflict.txt`, `100644 e69de29bb2d1d6434b8b29ae775ad8c2e48c5391 2\tconflict.txt`, `100755 ${BLOB} 3\tconflict.txt`].join('\n');
  repo.write('../info.txt', `${info}\n`);
  repo.sh(
    [
      'chmod +x bin/run.sh',
      'ln -s README.md link',
      'git add -A',
      `git update-index --add --cacheinfo 100644,${BLOB},${LONG}`,
      'git update-index --index-info < ../info.txt',
      'git update-index --assume-unchanged README.md',
      // A second index, version 3 (skip-worktree needs the extended flags), and a version 4 one.
      `GIT_INDEX_FILE=../index3 git update-index --add --cacheinfo 100644,${BLOB},a.txt --cacheinfo 100644,${BLOB},b/c.txt`,
      'GIT_INDEX_FILE=../index3 git update-index --skip-worktree a.txt',
      `GIT_INDEX_FILE=../index4 git update-index --index-version 4 --add --cacheinfo 100644,${BLOB},a.txt`,
    ].join('\n'),
  );
  const ls = (env?: Record<string, string>) =>
    [['ls-files', '-s'], ['ls-files', '--debug'], ['ls-files', '-v', '-s']].map((args) => ({ args: ['-c', 'core.quotePath=false', ...args], env }));
  const out = repo.batch([...ls(), ...ls({ GIT_INDEX_FILE: path.join(repo.root, 'index3') })]).map((r) => r.stdout.toString('utf8'));
  files.v2 = { buf: readFileSync(path.join(repo.gitDir, 'index')), expected: fromLsFiles(out[0]!, out[1]!, out[2]!) };
  files.v3 = { buf: readFileSync(path.join(repo.root, 'index3')), expected: fromLsFiles(out[3]!, out[4]!, out[5]!) };
  files.v4 = { buf: readFileSync(path.join(repo.root, 'index4')) };
});
afterAll(() => repo?.dispose());

const entryOf = (p: string, stage = 0) => files.v2.expected!.find((e) => e.path === p && e.stage === stage)!;

describe('parseIndex', () => {
  it('reads version 2 and as many entries as git ls-files -s lists', () => {
    const idx = parseIndex(files.v2.buf);
    expect({ version: idx.version, count: idx.entries.length }).toEqual({ version: 2, count: files.v2.expected!.length });
  });

  it('gives every entry the path, mode, oid and stage of git ls-files -s, in index order', () => {
    const idx = parseIndex(files.v2.buf);
    expect(idx.entries.map((e) => `${e.mode.toString(8)} ${e.oid} ${e.stage}\t${e.path}`)).toEqual(
      files.v2.expected!.map((e) => `${e.mode.toString(8)} ${e.oid} ${e.stage}\t${e.path}`),
    );
  });

  it('reads the stat data git ls-files --debug prints (times, dev, ino, uid, gid, size)', () => {
    expect(parseIndex(files.v2.buf).entries.map(pick)).toEqual(files.v2.expected!.map(pick));
  });

  it('reads the three stages of a conflicted path', () => {
    const stages = parseIndex(files.v2.buf).entries.filter((e) => e.path === 'conflict.txt');
    expect(stages.map((e) => [e.stage, e.oid, e.mode.toString(8)])).toEqual([1, 2, 3].map((s) => [s, entryOf('conflict.txt', s).oid, entryOf('conflict.txt', s).mode.toString(8)]));
  });

  it('reads the executable and symlink modes', () => {
    const byPath = new Map(parseIndex(files.v2.buf).entries.map((e) => [e.path, e.mode]));
    expect({ run: byPath.get('bin/run.sh')?.toString(8), link: byPath.get('link')?.toString(8) }).toEqual({
      run: entryOf('bin/run.sh').mode.toString(8),
      link: entryOf('link').mode.toString(8),
    });
  });

  it('sets assumeValid for a path marked with git update-index --assume-unchanged', () => {
    const e = parseIndex(files.v2.buf).entries.find((x) => x.path === 'README.md')!;
    expect(e.assumeValid).toBe(entryOf('README.md').assumeValid);
    expect(e.assumeValid).toBe(true);
  });

  it('reads a path longer than 4095 bytes (the 12-bit length field is saturated)', () => {
    const e = parseIndex(files.v2.buf).entries.find((x) => x.path.endsWith('/long.txt'));
    expect(e?.path).toBe(LONG);
  });

  it('decodes UTF-8 paths', () => {
    expect(parseIndex(files.v2.buf).entries.some((e) => e.path === 'docs/é ü.md')).toBe(true);
  });

  it('reads a version 3 index with extended flags (skip-worktree)', () => {
    const idx = parseIndex(files.v3.buf);
    expect({ version: idx.version, entries: idx.entries.map(pick) }).toEqual({ version: 3, entries: files.v3.expected!.map(pick) });
  });

  it('rejects a version 4 index with an error that names the version', () => {
    expect(() => parseIndex(files.v4.buf)).toThrow(/version/i);
  });

  it('rejects an index whose trailing SHA-1 does not match (one flipped byte)', () => {
    const bad = Uint8Array.from(files.v2.buf);
    bad[20] = bad[20]! ^ 0xff;
    expect(() => parseIndex(bad)).toThrow(/checksum|sha/i);
  });

  it('rejects a file that does not start with DIRC', () => {
    const bad = Uint8Array.from(files.v2.buf);
    bad[0] = 0x58;
    expect(() => parseIndex(bad)).toThrow(/signature|DIRC/i);
  });

  it('reads a Uint8Array that is a view into a larger buffer', () => {
    const big = new Uint8Array(files.v2.buf.length + 16);
    big.set(files.v2.buf, 8);
    expect(parseIndex(big.subarray(8, 8 + files.v2.buf.length)).entries.map(pick)).toEqual(files.v2.expected!.map(pick));
  });

  for (const v of ['v2', 'v3'] as const) {
    it(`matches the ${v} golden (an index made by git, checked with git ls-files)`, () => {
      const g = golden<Golden>('index-file.json')[v];
      const idx = parseIndex(Uint8Array.from(Buffer.from(g.index, 'base64')));
      expect({ version: idx.version, entries: idx.entries.map(pick) }).toEqual({ version: g.version, entries: g.entries.map(pick) });
    });
  }
});
