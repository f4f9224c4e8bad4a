import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRef } from '@impl/08-version-control/refs';
import { golden, materialise, TempRepo } from './_kit.ts';

type Golden = { files: Record<string, string>; expected: Record<string, string | null> };

const present = [
  'HEAD',
  'main',
  'refs/heads/main',
  'heads/main',
  'topic',
  'light',
  'v1.0',
  'v1.0^{}',
  'v1.0-signed',
  'v1.0-signed^{}',
  'dup',
  'refs/heads/dup',
  'heads/dup',
  'tags/dup',
  'origin/main',
  'origin',
  'remotes/origin/main',
  'fresh',
  'v2.0',
  'v2.0^{}',
  'main^{}',
  'feature/x',
  'release/1.0',
];
const absent = ['nope', 'refs/heads/nope', 'origin/nope', 'gone', 'gone^{}'];

let repo: TempRepo;
let unborn: string;
const fromGit = new Map<string, string | null>();

let clock = 1700000000;
const commit = (ref: string, mark: number, message: string, from?: string, merges: string[] = []) =>
  [`commit ${ref}`, `mark :${mark}`, `committer Grace Hopper <grace@example.com> ${++clock} +0000`, `data ${message.length}`, message, ...(from ? [`from ${from}`] : []), ...merges.map((m) => `merge ${m}`), ''].join('\n');
const reset = (ref: string, from: string) => `reset ${ref}\nfrom ${from}\n`;
const tag = (name: string, from: string, message: string) =>
  `tag ${name}\nfrom ${from}\ntagger Grace Hopper <grace@example.com> ${++clock} +0000\ndata ${message.length}\n${message}`;

beforeAll(() => {
  repo = new TempRepo();
  // History and refs from one fast-import (objects stay loose below 100 of them).
  const before = [
    commit('refs/heads/main', 1, 'one'),
    commit('refs/heads/main', 2, 'two', ':1'),
    commit('refs/heads/topic', 3, 'topic one', ':2'),
    commit('refs/heads/topic', 4, 'topic two', ':3'),
    commit('refs/heads/main', 5, 'three', ':2'),
    commit('refs/heads/main', 6, 'merge topic', ':5', [':4']),
    reset('refs/tags/light', ':6'),
    reset('refs/tags/gone', ':6'),
    tag('v1.0', ':6', 'annotated'),
    reset('refs/heads/dup', ':4'),
    reset('refs/tags/dup', ':5'),
    reset('refs/heads/release/1.0', ':5'),
    reset('refs/remotes/origin/main', ':2'),
  ].join('\n');
  // After pack-refs: main moves (a loose file now beats its packed line) and loose refs appear.
  const after = [
    commit('refs/heads/main', 7, 'four', 'refs/heads/main^0'),
    reset('refs/heads/fresh', ':7'),
    reset('refs/heads/feature/x', 'refs/heads/topic^0'),
    tag('v2.0', ':7', 'loose tag'),
  ].join('\n');
  repo.write('../before', before);
  repo.write('../after', after);
  repo.sh(`
git fast-import --quiet < ../before
git tag -a -m 'a tag of a tag' v1.0-signed v1.0 2>/dev/null
git symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/main
git pack-refs --all
git fast-import --quiet < ../after
git tag -d gone >/dev/null
git -c init.defaultBranch=main init -q ../unborn
`);
  unborn = path.join(repo.root, 'unborn', '.git');
  const oids = repo.git(['rev-parse', ...present]).trim().split('\n');
  present.forEach((n, i) => fromGit.set(n, oids[i]!));
  const runs = repo.batch(absent.map((n) => ({ args: ['rev-parse', '--verify', '-q', n] })));
  absent.forEach((n, i) => fromGit.set(n, runs[i]!.status === 0 ? runs[i]!.stdout.toString().trim() : null));
});
afterAll(() => repo?.dispose());

const check = (names: string[]) => {
  const got = Object.fromEntries(names.map((n) => [n, resolveRef(repo.gitDir, n)]));
  expect(got).toEqual(Object.fromEntries(names.map((n) => [n, fromGit.get(n)])));
};

describe('resolveRef', () => {
  it('follows HEAD, a symbolic ref, to the branch it names', () => check(['HEAD']));
  it('prefers a loose ref file to the stale line in packed-refs', () => check(['main', 'refs/heads/main', 'heads/main']));
  it('reads refs that exist only in packed-refs', () => check(['topic', 'light', 'release/1.0', 'origin/main', 'remotes/origin/main']));
  it('resolves an annotated tag to the tag object, as git rev-parse does', () => check(['v1.0', 'v1.0-signed', 'v2.0']));
  it('peels tags with ^{} down to the commit (packed, nested and loose tags)', () => check(['v1.0^{}', 'v1.0-signed^{}', 'v2.0^{}', 'main^{}']));
  it('tries refs/tags before refs/heads for a short name, like git', () => check(['dup', 'refs/heads/dup', 'heads/dup', 'tags/dup']));
  it('resolves a remote name through refs/remotes/<name>/HEAD', () => check(['origin']));
  it('reads loose refs created after packing, also in sub-folders', () => check(['fresh', 'feature/x']));
  it('returns null for names git rev-parse --verify rejects (a deleted packed tag included)', () => check(absent));

  it('passes a full 40-hex oid through', () => {
    const oid = fromGit.get('topic')!;
    expect(resolveRef(repo.gitDir, oid)).toBe(oid);
  });

  it('returns null for HEAD on an unborn branch', () => {
    expect(resolveRef(unborn, 'HEAD')).toBeNull();
  });

  it('agrees with the goldens (a packed repository with later loose refs, by git rev-parse)', () => {
    const g = golden<Golden>('refs.json');
    const snap = materialise(g.files);
    try {
      const got = Object.fromEntries(Object.keys(g.expected).map((n) => [n, resolveRef(snap.dir, n)]));
      expect(got).toEqual(g.expected);
    } finally {
      snap.dispose();
    }
  });
});
