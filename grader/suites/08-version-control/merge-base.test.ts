import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAncestor, mergeBases } from '@impl/08-version-control/merge-base';
import { golden, TempRepo } from './_kit.ts';

type Golden = { parents: Record<string, string[]>; queries: { a: string; b: string; bases: string[]; aIsAncestorOfB: boolean }[] };

/** Commit i's parents, as indices. Commits 0 and 25 are roots (25 starts an unrelated history). */
function randomDag(n: number): number[][] {
  const rng = mulberry32(2718);
  const parents: number[][] = [[]];
  for (let i = 1; i < n; i++) {
    if (i === 25) {
      parents.push([]);
      continue;
    }
    const lo = i > 25 ? 25 : 0;
    const pick = () => lo + Math.floor(rng() * (i - lo));
    const first = Math.max(lo, i - 1 - Math.floor(rng() * 4));
    const ps = [first];
    if (rng() < 0.35) {
      const second = pick();
      if (!ps.includes(second)) ps.push(second);
    }
    parents.push(ps);
  }
  return parents;
}

const N = 36;
const shape = randomDag(N);
// A criss-cross on top: x and y fork from 10; X = merge(x, y), Y = merge(y, x): two best bases.
shape.push([10], [10]); // 36 = x, 37 = y
shape.push([36, 37], [37, 36]); // 38 = X, 39 = Y

let repo: TempRepo;
let oid: string[] = [];
let dag: Map<string, string[]>;
const queries: { a: number; b: number; title?: string }[] = [
  { a: 38, b: 39, title: 'a criss-cross merge has two best common ancestors' },
  { a: 3, b: 30, title: 'unrelated histories have none' },
  { a: 12, b: 12, title: 'a commit is its own merge base' },
  { a: 4, b: 20, title: 'an ancestor is the merge base of itself and a descendant' },
];
let fromGit: { bases: string[]; ancestor: boolean }[] = [];

beforeAll(() => {
  repo = new TempRepo();
  // One `git fast-import` call builds the whole graph; marks map commit i to :i+1.
  const stream = shape
    .map((ps, i) => {
      const lines = [`commit refs/heads/c${i}`, `mark :${i + 1}`, `committer Grace Hopper <grace@example.com> ${1700000000 + i} +0000`, `data ${`c${i}\n`.length}`, `c${i}`];
      if (ps.length) lines.push(`from :${ps[0]! + 1}`, ...ps.slice(1).map((p) => `merge :${p + 1}`));
      return lines.join('\n') + '\n';
    })
    .join('\n');
  const marks = path.join(repo.root, 'marks');
  repo.git(['fast-import', '--quiet', `--export-marks=${marks}`], stream);
  const byMark = new Map(readFileSync(marks, 'utf8').trim().split('\n').map((l) => [Number(l.split(' ')[0]!.slice(1)), l.split(' ')[1]!]));
  oid = shape.map((_, i) => byMark.get(i + 1)!);
  dag = new Map(
    repo
      .git(['rev-list', '--parents', '--all'])
      .trim()
      .split('\n')
      .map((l) => {
        const [c, ...ps] = l.split(' ');
        return [c!, ps];
      }),
  );
  const rng = mulberry32(99);
  for (let k = 0; k < 12; k++) queries.push({ a: Math.floor(rng() * N), b: Math.floor(rng() * N) });
  const runs = repo.batch(queries.map((q) => ({ args: ['merge-base', '--all', oid[q.a]!, oid[q.b]!] })));
  // a is an ancestor of b exactly when git's merge base of (a, b) is a itself.
  fromGit = queries.map((q, k) => {
    const bases = runs[k]!.stdout.toString().split(/\s+/).filter(Boolean).sort();
    return { bases, ancestor: bases.length === 1 && bases[0] === oid[q.a] };
  });
});
afterAll(() => repo?.dispose());

const sorted = (xs: string[]) => [...xs].sort();

describe('mergeBases', () => {
  for (const [k, q] of queries.slice(0, 4).entries()) {
    it(`agrees with git merge-base --all: ${q.title}`, () => {
      expect(sorted(mergeBases(dag, oid[q.a]!, oid[q.b]!))).toEqual(fromGit[k]!.bases);
    });
  }

  it('finds the two bases of the criss-cross (x and y)', () => {
    expect(sorted(mergeBases(dag, oid[38]!, oid[39]!))).toEqual(sorted([oid[36]!, oid[37]!]));
  });

  it('agrees with git merge-base --all on 12 random pairs of a random history with merges', () => {
    for (const [k, q] of queries.entries()) {
      if (k < 4) continue;
      expect({ a: q.a, b: q.b, bases: sorted(mergeBases(dag, oid[q.a]!, oid[q.b]!)) }).toEqual({ a: q.a, b: q.b, bases: fromGit[k]!.bases });
    }
  });

  it('agrees with the goldens (a 60-commit history, 40 pairs, by git merge-base --all)', () => {
    const g = golden<Golden>('merge-base.json');
    const graph = new Map(Object.entries(g.parents));
    for (const q of g.queries) expect({ a: q.a, b: q.b, bases: sorted(mergeBases(graph, q.a, q.b)) }).toEqual({ a: q.a, b: q.b, bases: q.bases });
  });

  it('returns exactly the common ancestors that are not below another one (property, brute force)', () => {
    const arb = fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 12 }).chain((raw) =>
      fc.tuple(fc.constant(raw), fc.nat(raw.length - 1), fc.nat(raw.length - 1)),
    );
    fc.assert(
      fc.property(arb, ([raw, a, b]) => {
        // Commit i may only have parents among 0..i-1: a DAG by construction.
        const graph = new Map(raw.map((ps, i) => [`c${i}`, i === 0 ? [] : [...new Set(ps.map((p) => `c${p % i}`))]]));
        const anc = (x: string): Set<string> => {
          const seen = new Set([x]);
          const stack = [x];
          while (stack.length) {
            for (const p of graph.get(stack.pop()!)!) {
              if (!seen.has(p)) {
                seen.add(p);
                stack.push(p);
              }
            }
          }
          return seen;
        };
        const A = anc(`c${a}`);
        const common = [...anc(`c${b}`)].filter((c) => A.has(c));
        const best = common.filter((c) => !common.some((d) => d !== c && anc(d).has(c))).sort();
        expect(sorted(mergeBases(graph, `c${a}`, `c${b}`))).toEqual(best);
      }),
    );
  });
});

describe('isAncestor', () => {
  it('agrees with git on every pair queried above (a is an ancestor of b when the merge base git finds is a)', () => {
    for (const [k, q] of queries.entries()) {
      expect({ a: q.a, b: q.b, ancestor: isAncestor(dag, oid[q.a]!, oid[q.b]!) }).toEqual({ a: q.a, b: q.b, ancestor: fromGit[k]!.ancestor });
    }
  });

  it('agrees with the goldens', () => {
    const g = golden<Golden>('merge-base.json');
    const graph = new Map(Object.entries(g.parents));
    for (const q of g.queries) expect({ a: q.a, b: q.b, ancestor: isAncestor(graph, q.a, q.b) }).toEqual({ a: q.a, b: q.b, ancestor: q.aIsAncestorOfB });
  });
});
