import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merge3 } from '@impl/08-version-control/merge3';
import { golden, TempRepo } from './_kit.ts';

type Golden = { base: string; ours: string; theirs: string; text: string; conflicts: number }[];

const text = (...lines: string[]) => lines.map((l) => `${l}\n`).join('');
const base = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima'];
const edit = (changes: Record<number, string | null>, inserts: Record<number, string[]> = {}, from = base) => {
  const out: string[] = [];
  from.forEach((l, i) => {
    out.push(...(inserts[i] ?? []));
    if (!(i in changes)) out.push(l);
    else if (changes[i] !== null) out.push(changes[i]!);
  });
  out.push(...(inserts[from.length] ?? []));
  return text(...out);
};
const B = text(...base);
const withPunct = [...base.slice(0, 3), '}', '', '{', ')', ...base.slice(3)];

interface Case {
  title: string;
  base: string;
  ours: string;
  theirs: string;
  labels?: { ours: string; theirs: string };
}
const cases: Case[] = [
  { title: 'changes to different lines merge cleanly', base: B, ours: edit({ 1: 'BRAVO' }), theirs: edit({ 8: 'INDIA' }) },
  { title: 'the same change on both sides merges cleanly', base: B, ours: edit({ 4: 'ECHO' }), theirs: edit({ 4: 'ECHO' }) },
  { title: 'both sides deleting the same line merge cleanly', base: B, ours: edit({ 6: null, 1: 'BRAVO' }), theirs: edit({ 6: null }) },
  { title: 'different changes to the same line conflict', base: B, ours: edit({ 4: 'echo (ours)' }), theirs: edit({ 4: 'echo (theirs)' }) },
  { title: 'changes to adjacent lines conflict', base: B, ours: edit({ 4: 'ECHO' }), theirs: edit({ 5: 'FOXTROT' }) },
  { title: 'a deletion against a modification conflicts (one side empty)', base: B, ours: edit({ 2: null }), theirs: edit({ 2: 'CHARLIE' }) },
  { title: 'different insertions at the same place conflict', base: B, ours: edit({}, { 6: ['ours one', 'ours two'] }), theirs: edit({}, { 6: ['theirs one'] }) },
  {
    title: 'a conflict is narrowed to the lines that really differ (common lines move out)',
    base: B,
    ours: edit({ 3: 'DELTA', 4: 'echo ours', 5: 'FOXTROT' }),
    theirs: edit({ 3: 'DELTA', 4: 'echo theirs', 5: 'FOXTROT' }),
  },
  { title: 'two conflicts 2 lines apart become one', base: B, ours: edit({ 2: 'c ours', 5: 'f ours' }), theirs: edit({ 2: 'c theirs', 5: 'f theirs' }) },
  { title: 'two conflicts 4 lines apart stay two', base: B, ours: edit({ 2: 'c ours', 7: 'h ours' }), theirs: edit({ 2: 'c theirs', 7: 'h theirs' }) },
  {
    title: 'two conflicts separated only by lines without letters or digits become one',
    base: text(...withPunct),
    ours: edit({ 2: 'c ours', 7: 'd ours' }, {}, withPunct),
    theirs: edit({ 2: 'c theirs', 7: 'd theirs' }, {}, withPunct),
  },
  { title: 'an unchanged side yields the other side exactly', base: B, ours: B, theirs: edit({ 0: 'ALPHA', 11: null }, { 5: ['new'] }) },
  { title: 'custom labels follow the markers', base: B, ours: edit({ 9: 'J1' }), theirs: edit({ 9: 'J2' }), labels: { ours: 'HEAD', theirs: 'feature/x' } },
  { title: 'an empty base with two different new files conflicts', base: '', ours: text('1', '2', '3'), theirs: text('1', 'two', '3') },
];

let repo: TempRepo;
let fromGit: { text: string; conflicts: number }[] = [];

beforeAll(() => {
  repo = new TempRepo();
  fromGit = repo
    .batch(
      cases.map((c, i) => {
        repo.write(`o${i}`, c.ours);
        repo.write(`b${i}`, c.base);
        repo.write(`t${i}`, c.theirs);
        const l = c.labels ?? { ours: 'ours', theirs: 'theirs' };
        return { args: ['merge-file', '-p', '-L', l.ours, '-L', 'base', '-L', l.theirs, `o${i}`, `b${i}`, `t${i}`] };
      }),
    )
    .map((r) => ({ text: r.stdout.toString('utf8'), conflicts: r.status }));
});
afterAll(() => repo?.dispose());

describe('merge3', () => {
  for (const [i, c] of cases.entries()) {
    it(`agrees with git merge-file -p: ${c.title}`, () => {
      const got = merge3(c.base, c.ours, c.theirs, c.labels ? { labels: c.labels } : {});
      expect({ text: got.text, conflicts: got.conflicts }).toEqual(fromGit[i]);
    });
  }

  it('agrees with the goldens: 250 random three-way merges by git merge-file', () => {
    let checked = 0;
    for (const g of golden<Golden>('merge3.json')) {
      const got = merge3(g.base, g.ours, g.theirs);
      expect({ base: g.base, ours: g.ours, theirs: g.theirs, text: got.text, conflicts: got.conflicts }).toEqual({ base: g.base, ours: g.ours, theirs: g.theirs, text: g.text, conflicts: g.conflicts });
      checked++;
    }
    expect(checked).toBe(250);
  });

  const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '}'), { maxLength: 10 }).map((ls) => ls.map((l) => `${l}\n`).join(''));

  it('returns a side unchanged when the other side equals the base (property)', () => {
    fc.assert(
      fc.property(lines, lines, (b, t) => {
        expect(merge3(b, b, t)).toEqual({ text: t, conflicts: 0 });
        expect(merge3(b, t, b)).toEqual({ text: t, conflicts: 0 });
      }),
    );
  });

  it('merges two identical sides without conflict (property)', () => {
    fc.assert(
      fc.property(lines, lines, (b, x) => {
        expect(merge3(b, x, x)).toEqual({ text: x, conflicts: 0 });
      }),
    );
  });

  it('writes exactly `conflicts` marker blocks (property)', () => {
    fc.assert(
      fc.property(lines, lines, lines, (b, o, t) => {
        const r = merge3(b, o, t);
        const starts = r.text.split('\n').filter((l) => l === '<<<<<<< ours').length;
        const ends = r.text.split('\n').filter((l) => l === '>>>>>>> theirs').length;
        expect({ starts, ends }).toEqual({ starts: r.conflicts, ends: r.conflicts });
      }),
    );
  });
});
