import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type WalkEntry } from '@impl/05-standard-library/walk';
import { loadGolden } from './_kit.ts';

// Oracle: Python's os.walk run over the same fixture (with scandir sorted by name), in
// grader/goldens/05-standard-library.py. The test rebuilds that fixture in a temporary folder.
type Row = [string, string[], string[]];
interface Golden {
  fixture: { dirs: string[]; files: string[]; symlinks: [string, string][] };
  cases: Record<'topDown' | 'bottomUp' | 'followLinks' | 'subdirectory' | 'missingRoot' | 'fileRoot' | 'pruned' | 'noDescent', Row[]>;
}
const golden = loadGolden<Golden>('walk');

let tmp = '';
let root = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'walk-'));
  root = path.join(tmp, 'fixture');
  mkdirSync(root);
  for (const d of golden.fixture.dirs) mkdirSync(path.join(root, d), { recursive: true });
  for (const f of golden.fixture.files) writeFileSync(path.join(root, f), f);
  for (const [link, target] of golden.fixture.symlinks) symlinkSync(target, path.join(root, link));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const rel = (p: string) => (p.startsWith(root) ? `<root>${p.slice(root.length)}` : p);
/** Runs the walk, copying each row when it is yielded (the caller may then edit dirnames). */
function collect(entries: Iterable<WalkEntry>, edit?: (dirnames: string[]) => void): Row[] {
  const rows: Row[] = [];
  for (const [dirpath, dirnames, filenames] of entries) {
    rows.push([rel(dirpath), [...dirnames], [...filenames]]);
    edit?.(dirnames);
  }
  return rows;
}

describe('walk', () => {
  it('walks top-down with sorted names, listing symlinked directories without entering them', () => {
    expect(collect(walk(root))).toEqual(golden.cases.topDown);
  });

  it('walks bottom-up: every directory after its subdirectories', () => {
    expect(collect(walk(root, { topDown: false }))).toEqual(golden.cases.bottomUp);
  });

  it('enters symlinked directories with followLinks', () => {
    expect(collect(walk(root, { followLinks: true }))).toEqual(golden.cases.followLinks);
  });

  it('lets the caller prune by editing dirnames in place (top-down)', () => {
    const pruned = collect(walk(root), (dirnames) => {
      const keep = dirnames.filter((d) => !d.startsWith('.') && d !== 'node_modules');
      dirnames.splice(0, dirnames.length, ...keep);
    });
    expect(pruned).toEqual(golden.cases.pruned);
  });

  it('stops descending when the caller empties dirnames', () => {
    expect(collect(walk(root), (dirnames) => (dirnames.length = 0))).toEqual(golden.cases.noDescent);
  });

  it('starts from a subdirectory and joins paths onto the root as given', () => {
    expect(collect(walk(path.join(root, 'src')))).toEqual(golden.cases.subdirectory);
  });

  it('yields nothing for a missing root or a file root, without throwing', () => {
    expect(collect(walk(path.join(root, 'does-not-exist')))).toEqual(golden.cases.missingRoot);
    expect(collect(walk(path.join(root, 'a.txt')))).toEqual(golden.cases.fileRoot);
  });

  it('is lazy: it reads a directory only when the walk reaches it', () => {
    const it = walk(root);
    const first = it.next();
    expect(first.done).toBe(false);
    // Created after the root was listed but before src/ is read: Python would see it too.
    mkdirSync(path.join(root, 'src', 'late'));
    try {
      const rest = collect({ [Symbol.iterator]: () => it });
      expect(rest.find(([p]) => p === '<root>/src')?.[1]).toContain('late');
      expect(rest.some(([p]) => p === '<root>/src/late')).toBe(true);
    } finally {
      rmSync(path.join(root, 'src', 'late'), { recursive: true });
    }
  });
});
