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

beforeAll(() => {
  repo = new TempRepo();
  repo.sh(`
c() { printf '%s\\n' "$1" >> file.txt; git add file.txt; git commit -q -m "$1"; }
c one; c two
git checkout -q -b topic; c 'topic one'; c 'topic two'
git checkout -q main; c three
git merge -q --no-ff -X ours -m 'merge topic' topic
git tag light; git tag gone
git tag -a -m annotated v1.0
git tag -a -m 'a tag of a tag' v1.0-signed v1.0 2>/dev/null
git branch dup topic; git tag dup HEAD~1
git branch release/1.0 HEAD~1
git update-ref refs/remotes/origin/main HEAD~2
git symbolic-ref refs/remotes/origin/HEAD refs/remotes/origin/main
git pack-refs --all
# After packing: main moves (a loose file now beats its packed line), new loose refs appear,
# and a packed tag is deleted (git rewrites packed-refs).
c four
git branch fresh; git branch feature/x HEAD~3
git tag -a -m 'loose tag' v2.0
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
