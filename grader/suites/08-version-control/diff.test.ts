import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myersDiff, unifiedDiff } from '@impl/08-version-control/diff';
import { golden, TempRepo } from './_kit.ts';

type Golden = { a: string; b: string; context: number; hunks: string }[];

/** Length of a longest common subsequence, by the textbook O(n·m) table. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

/** Checks an edit script: it rebuilds a and b, is minimal, and lists deletions before insertions in each run. */
function checkScript(a: readonly string[], b: readonly string[], script: { op: string; line: string }[]) {
  const fromA = script.filter((e) => e.op !== 'insert').map((e) => e.line);
  const fromB = script.filter((e) => e.op !== 'delete').map((e) => e.line);
  const edits = script.filter((e) => e.op !== 'equal').length;
  let insertThenDelete = false;
  for (let i = 1; i < script.length; i++) if (script[i - 1]!.op === 'insert' && script[i]!.op === 'delete') insertThenDelete = true;
  expect({ rebuildsA: fromA, rebuildsB: fromB, edits, insertThenDelete }).toEqual({ rebuildsA: a, rebuildsB: b, edits: a.length + b.length - 2 * lcsLength(a, b), insertThenDelete: false });
}

// Hand-made cases for `git diff --no-index`. Lines never start with a letter, '_' or '$', so git
// appends no function name after the hunk header.
const L = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `${from + i} line`);
const text = (lines: string[], finalNewline = true) => (lines.length === 0 ? '' : lines.join('\n') + (finalNewline ? '\n' : ''));
const swap = (lines: string[], at: number[], tag = '*') => lines.map((l, i) => (at.includes(i) ? `${l} ${tag}` : l));
const cases: { title: string; a: string; b: string; context: number }[] = [
  { title: 'one changed line in the middle', a: text(L(12)), b: text(swap(L(12), [6])), context: 3 },
  { title: 'a change on the first line (the hunk starts at line 1)', a: text(L(8)), b: text(swap(L(8), [0])), context: 3 },
  { title: 'a change on the last line', a: text(L(8)), b: text(swap(L(8), [7])), context: 3 },
  { title: 'two changes 6 equal lines apart share a hunk with 3 lines of context', a: text(L(20)), b: text(swap(L(20), [5, 12])), context: 3 },
  { title: 'two changes 7 equal lines apart give two hunks with 3 lines of context', a: text(L(22)), b: text(swap(L(22), [5, 13])), context: 3 },
  { title: 'everything inserted into an empty file (@@ -0,0 …)', a: '', b: text(L(3)), context: 3 },
  { title: 'everything deleted (… +0,0 @@)', a: text(L(3)), b: '', context: 3 },
  { title: 'a pure insertion with one line of context', a: text(L(6)), b: text([...L(3), '# new', ...L(3, 4)]), context: 1 },
  { title: 'a pure deletion with no context (an empty range names the line before it)', a: text(L(9)), b: text([...L(4), ...L(4, 6)]), context: 0 },
  { title: 'the new file lacks its final newline', a: text(L(5)), b: text(swap(L(5), [4]), false), context: 3 },
  { title: 'only the final newline is added', a: text(L(4), false), b: text(L(4)), context: 2 },
  { title: 'both files lack a final newline and the last line changes', a: text(L(4), false), b: text(swap(L(4), [3]), false), context: 3 },
  { title: 'several changes with context 0', a: text(L(10)), b: text(swap(L(10), [1, 2, 5, 9])), context: 0 },
  { title: 'lines replaced by a different number of lines', a: text(L(10)), b: text([...L(3), '# x', '# y', '# z', ...L(2, 7)]), context: 2 },
];

let repo: TempRepo;
let fromGit: string[] = [];

beforeAll(() => {
  repo = new TempRepo();
  const commands = cases.map((c, i) => {
    repo.write(`a${i}`, c.a);
    repo.write(`b${i}`, c.b);
    return { args: ['diff', '--no-index', `-U${c.context}`, `a${i}`, `b${i}`] };
  });
  fromGit = repo.batch(commands).map((r) => {
    const out = r.stdout.toString('utf8');
    const at = out.indexOf('\n@@');
    return at < 0 ? '' : out.slice(at + 1);
  });
});
afterAll(() => repo?.dispose());

describe('myersDiff', () => {
  it('finds the 5 edits of Myers\' example ABCABBA → CBABAC', () => {
    const a = [...'ABCABBA'];
    const b = [...'CBABAC'];
    checkScript(a, b, myersDiff(a, b));
  });

  it('gives only equal edits for equal inputs and only inserts from empty', () => {
    expect(myersDiff(['x', 'y'], ['x', 'y']).map((e) => e.op)).toEqual(['equal', 'equal']);
    expect(myersDiff([], ['x', 'y'])).toEqual([
      { op: 'insert', line: 'x' },
      { op: 'insert', line: 'y' },
    ]);
  });

  it('is a minimal edit script that rebuilds both sides (property, small alphabet)', () => {
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 });
    fc.assert(fc.property(seq, seq, (a, b) => checkScript(a, b, myersDiff(a, b))));
  });

  it('diffs 20 000-line files with a handful of changes quickly (O(ND), not O(N·M))', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const b = a.map((l, i) => (i % 2000 === 7 ? `${l} changed` : l));
    const t0 = performance.now();
    const script = myersDiff(a, b);
    const ms = performance.now() - t0;
    expect(script.filter((e) => e.op !== 'equal').length).toBe(20);
    expect(ms).toBeLessThan(3000);
  });
});

describe('unifiedDiff', () => {
  for (const [i, c] of cases.entries()) {
    it(`prints the hunks git diff --no-index prints for ${c.title}`, () => {
      expect(unifiedDiff(c.a, c.b, { context: c.context })).toBe(fromGit[i]);
    });
  }

  it('uses 3 lines of context by default', () => {
    expect(unifiedDiff(cases[0]!.a, cases[0]!.b)).toBe(fromGit[0]);
  });

  it('returns an empty string for equal texts', () => {
    expect(unifiedDiff(text(L(5)), text(L(5)))).toBe('');
  });

  it('matches the goldens: 150 random pairs diffed by git with context 0 to 5', () => {
    for (const g of golden<Golden>('diff.json')) {
      expect({ a: g.a, b: g.b, context: g.context, hunks: unifiedDiff(g.a, g.b, { context: g.context }) }).toEqual(g);
    }
  });

  it('keeps the script minimal on the golden pairs too', () => {
    const rng = mulberry32(4);
    const sample = golden<Golden>('diff.json').filter(() => rng() < 0.3);
    for (const g of sample) {
      const a = g.a.match(/[^\n]*\n|[^\n]+$/g) ?? [];
      const b = g.b.match(/[^\n]*\n|[^\n]+$/g) ?? [];
      checkScript(a, b, myersDiff(a, b));
    }
  });
});

