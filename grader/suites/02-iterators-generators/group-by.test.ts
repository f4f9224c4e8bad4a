import { describe, expect, it } from 'vitest';
import { groupBy } from '@impl/02-iterators-generators/group-by';
import goldens from './goldens/group-by.json';
import { counted, keys } from './_kit.ts';

// Oracle: Python's itertools.groupby (goldens), with each group materialised as soon as it is
// produced, and the number of items pulled from the source at that moment.

const keyFn = (name: string) => keys[name] as ((x: unknown) => unknown) | undefined;

/** Pulls groups one at a time, noting the source's pull count after each. */
function drive(source: Iterable<unknown> & { readonly pulls: number }, key: ((x: unknown) => unknown) | undefined, limit = Infinity) {
  const groups: unknown[] = [];
  const pullsAfterEachGroup: number[] = [];
  const gen = key ? groupBy(source, key) : groupBy(source);
  const it = gen[Symbol.iterator]();
  while (groups.length < limit) {
    const r = it.next();
    if (r.done) break;
    groups.push(r.value);
    pullsAfterEachGroup.push(source.pulls);
  }
  return { groups, pullsAfterEachGroup };
}

/** The pattern repeated forever (Python: itertools.cycle), counting pulls. */
function cycleOf(pattern: string) {
  return counted({
    *[Symbol.iterator]() {
      for (;;) yield* pattern;
    },
  });
}

describe('groupBy', () => {
  it("groups consecutive runs: 'AAAABBBCCDAABBB' gives A, B, C, D, A, B", () => {
    expect([...groupBy('AAAABBBCCDAABBB')].map(([k]) => k)).toEqual(['A', 'B', 'C', 'D', 'A', 'B']);
  });

  it.each(goldens.cases.map((g) => ({ ...g, label: `groupby(${JSON.stringify(g.source)}, ${g.key})` })))('matches Python for $label, pulling the same items before each group', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect(drive(src, keyFn(g.key))).toEqual({ groups: g.groups, pullsAfterEachGroup: g.pullsAfterEachGroup });
  });

  it.each(goldens.infinite.map((g) => ({ ...g, label: `first ${g.take} groups of cycle(${JSON.stringify(g.pattern)})` })))('yields groups from an infinite source one by one: $label', (g) => {
    expect(drive(cycleOf(g.pattern), undefined, g.take)).toEqual({ groups: g.groups, pullsAfterEachGroup: g.pullsAfterEachGroup });
  });

  it('calls the key function once per item', () => {
    const seen: number[] = [];
    const out = [...groupBy([1, 3, 2, 4, 5], (x) => (seen.push(x), x % 2))];
    expect(out).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
      [1, [5]],
    ]);
    expect(seen).toEqual([1, 3, 2, 4, 5]);
  });

  it('compares keys like Python here: NaN groups with NaN, and 0 with -0 (SameValueZero)', () => {
    const nanSizes = [...groupBy([NaN, NaN, 1, 1, NaN])].map(([, items]) => items.length);
    const zeroSizes = [...groupBy([0, -0, 0, 1])].map(([, items]) => items.length);
    expect({ nanSizes, zeroSizes }).toEqual({ nanSizes: goldens.nanGroupSizes, zeroSizes: goldens.zeroGroupSizes });
  });

  it('groups records by a field after sorting, the usual recipe', () => {
    const people = [
      { name: 'Ada', team: 'b' },
      { name: 'Bo', team: 'a' },
      { name: 'Cy', team: 'b' },
    ];
    const sorted = [...people].sort((p, q) => p.team.localeCompare(q.team));
    const byTeam = [...groupBy(sorted, (p) => p.team)].map(([team, members]) => [team, members.map((m) => m.name)]);
    expect(byTeam).toEqual([
      ['a', ['Bo']],
      ['b', ['Ada', 'Cy']],
    ]);
  });

  it('returns a fresh array for each group', () => {
    const groups = [...groupBy('aab')];
    expect(groups[0]![1]).not.toBe(groups[1]![1]);
    expect(groups).toEqual([
      ['a', ['a', 'a']],
      ['b', ['b']],
    ]);
  });
});
