import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstParentLog } from '@impl/08-version-control/log';
import { golden, materialise, TempRepo } from './_kit.ts';

type Golden = { files: Record<string, string>; expected: Record<string, string[]> };

let repo: TempRepo;
let unborn: string;
let starts: string[] = [];
const fromGit = new Map<string, string[]>();

/** A fast-import commit: on `ref`, first parent `from`, other parents `merges` (marks or refs). */
let clock = 1700000000;
const commit = (ref: string, mark: number, message: string, from?: string, merges: string[] = []) =>
  [`commit ${ref}`, `mark :${mark}`, `committer Grace Hopper <grace@example.com> ${++clock} +0000`, `data ${Buffer.byteLength(message)}`, message, ...(from ? [`from ${from}`] : []), ...merges.map((m) => `merge ${m}`), ''].join('\n');

beforeAll(() => {
  repo = new TempRepo();
  // One fast-import builds the history (fewer than 100 objects, so git writes them loose):
  //   main:  one two three M(topic) four M(side)        topic: t1 t2 t3 M(main)
  const history = [
    commit('refs/heads/main', 1, 'one'),
    commit('refs/heads/main', 2, 'two', ':1'),
    commit('refs/heads/topic', 3, 't1', ':2'),
    commit('refs/heads/topic', 4, 't2', ':3'),
    commit('refs/heads/main', 5, 'three', ':2'),
    commit('refs/heads/main', 6, 'merge topic', ':5', [':4']),
    commit('refs/heads/side', 7, 's1', ':6'),
    commit('refs/heads/side', 8, 's2', ':7'),
    commit('refs/heads/main', 9, 'four', ':6'),
    commit('refs/heads/main', 10, 'merge side', ':9', [':8']),
    commit('refs/heads/topic', 11, 't3', ':4'),
    commit('refs/heads/topic', 12, 'merge main into topic', ':11', [':10']),
  ].join('\n');
  // After pack-refs, main moves on: its loose ref file is newer than its packed-refs line.
  const later = [commit('refs/heads/main', 13, 'five', 'refs/heads/main^0'), commit('refs/heads/main', 14, 'six', ':13')].join('\n');
  repo.write('../history', history);
  repo.write('../later', later);
  repo.sh('git fast-import --quiet < ../history\ngit pack-refs --all\ngit fast-import --quiet < ../later\ngit -c init.defaultBranch=main init -q ../unborn');
  unborn = path.join(repo.root, 'unborn', '.git');
  starts = ['HEAD', 'main', 'topic', 'refs/heads/side'];
  const runs = repo.batch(starts.map((s) => ({ args: ['log', '--format=%H', '--first-parent', s] })));
  starts.forEach((s, i) => fromGit.set(s, runs[i]!.stdout.toString().trim().split('\n')));
  // The first-parent log of HEAD~3 is the tail of HEAD's.
  const middle = fromGit.get('HEAD')![3]!;
  starts.push(middle);
  fromGit.set(middle, fromGit.get('HEAD')!.slice(3));
});
afterAll(() => repo?.dispose());

describe('firstParentLog', () => {
  it('lists from HEAD by default, newest first, like git log --first-parent', () => {
    expect(firstParentLog(repo.gitDir)).toEqual(fromGit.get('HEAD'));
  });

  it('follows only first parents: merged-in commits are left out', () => {
    const all = repo.git(['rev-list', '--all']).trim().split('\n');
    const log = firstParentLog(repo.gitDir, 'HEAD');
    expect(log.length).toBeLessThan(all.length);
    expect(log).toEqual(fromGit.get('HEAD'));
  });

  for (const [title, start] of [
    ['a branch whose tip is a merge (topic merged main into itself)', 'topic'],
    ['a full ref name of a packed branch', 'refs/heads/side'],
    ['a branch whose loose ref is newer than packed-refs', 'main'],
  ]) {
    it(`starts from ${title}`, () => {
      expect(firstParentLog(repo.gitDir, start)).toEqual(fromGit.get(start!));
    });
  }

  it('starts from a commit id', () => {
    const oid = starts[4]!;
    expect(firstParentLog(repo.gitDir, oid)).toEqual(fromGit.get(oid));
  });

  it('returns [] on an unborn branch', () => {
    expect(firstParentLog(unborn)).toEqual([]);
  });

  it('agrees with the goldens (git log --first-parent on a recorded repository)', () => {
    const g = golden<Golden>('log.json');
    const snap = materialise(g.files);
    try {
      for (const [start, expected] of Object.entries(g.expected)) expect({ start, log: firstParentLog(snap.dir, start) }).toEqual({ start, log: expected });
    } finally {
      snap.dispose();
    }
  });
});
