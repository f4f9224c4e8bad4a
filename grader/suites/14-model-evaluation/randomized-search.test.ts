import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { ParameterSampler, RandomizedSearchCV, loguniform, randint, uniform } from '@impl/14-model-evaluation/randomized-search';
import { Shrink, expectClose } from './_kit.ts';

type Params = Record<string, unknown>;

/** Every combination of a dict of lists, by brute force (order irrelevant here). */
function allCombinations(grid: Record<string, unknown[]>): string[] {
  let combos: Params[] = [{}];
  for (const key of Object.keys(grid).sort()) combos = combos.flatMap((c) => grid[key]!.map((v) => ({ ...c, [key]: v })));
  return combos.map((c) => JSON.stringify(c));
}
const key = (p: Params) => JSON.stringify(Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a < b ? -1 : 1))));

const listGrid = fc.dictionary(fc.constantFrom('alpha', 'beta', 'depth', 'c'), fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), {
  minKeys: 1,
});

describe('ParameterSampler', () => {
  it('draws distinct grid points (without replacement) when every value is a list', () => {
    fc.assert(
      fc.property(listGrid, fc.integer({ min: 1, max: 20 }), fc.nat(), (grid, nIter, seed) => {
        const all = new Set(allCombinations(grid));
        const drawn = [...new ParameterSampler(grid, { nIter, rng: mulberry32(seed) })].map(key);
        const ctx = `grid ${JSON.stringify(grid)}, nIter ${nIter}: drew ${JSON.stringify(drawn)}`;
        expect(drawn.length, ctx).toBe(Math.min(nIter, all.size));
        expect(new Set(drawn).size, `duplicates? ${ctx}`).toBe(drawn.length);
        expect(drawn.every((d) => all.has(d)), `a candidate outside the grid? ${ctx}`).toBe(true);
      }),
    );
  });
  it('reports its length like len(ParameterSampler): min(nIter, grid size) for lists, else nIter', () => {
    expect(new ParameterSampler({ a: [1, 2], b: [3, 4, 5] }, { nIter: 10, rng: mulberry32(1) }).length).toBe(6);
    expect(new ParameterSampler({ a: [1, 2], b: [3, 4, 5] }, { nIter: 4, rng: mulberry32(1) }).length).toBe(4);
    expect(new ParameterSampler({ a: [1, 2], b: uniform(0, 1) }, { nIter: 10, rng: mulberry32(1) }).length).toBe(10);
  });
  it('is deterministic for a seed, and another seed gives other candidates', () => {
    const dists = { a: [1, 2, 3, 4, 5, 6, 7, 8], b: uniform(0, 10) };
    const run = (seed: number) => [...new ParameterSampler(dists, { nIter: 6, rng: mulberry32(seed) })];
    expect(run(11)).toEqual(run(11));
    expect(run(12)).not.toEqual(run(11));
    const lists = (seed: number) => [...new ParameterSampler({ a: [1, 2, 3, 4, 5, 6, 7, 8] }, { nIter: 4, rng: mulberry32(seed) })];
    expect(lists(5)).toEqual(lists(5));
  });
  it('samples with replacement from distributions, list values uniformly, keys in sorted order', () => {
    const draws = [...new ParameterSampler({ z: [10, 20, 30, 40], a: uniform(2, 3) }, { nIter: 2000, rng: mulberry32(99) })];
    expect(draws).toHaveLength(2000);
    for (const d of draws.slice(0, 20)) expect(Object.keys(d)).toEqual(['a', 'z']);
    for (const d of draws) expect(d.a as number).toBeGreaterThanOrEqual(2);
    for (const d of draws) expect(d.a as number).toBeLessThan(5);
    const counts = [10, 20, 30, 40].map((v) => draws.filter((d) => d.z === v).length);
    // each value expected 500 times (standard deviation about 19)
    for (const c of counts) expect(c, `counts of 10, 20, 30, 40: ${JSON.stringify(counts)}`).toBeGreaterThan(400);
    for (const c of counts) expect(c, `counts of 10, 20, 30, 40: ${JSON.stringify(counts)}`).toBeLessThan(600);
  });
  it('draws from one of several dicts when given a list of them', () => {
    const draws = [...new ParameterSampler([{ kernel: ['linear'] }, { kernel: ['rbf'], gamma: uniform(0, 1) }], { nIter: 200, rng: mulberry32(3) })];
    expect(draws.some((d) => d.kernel === 'linear')).toBe(true);
    expect(draws.some((d) => d.kernel === 'rbf')).toBe(true);
    for (const d of draws) expect(Object.keys(d)).toEqual(d.kernel === 'linear' ? ['kernel'] : ['gamma', 'kernel']);
  });
});

describe('distributions', () => {
  it('randint(low, high) gives every integer in [low, high) equally often, never high', () => {
    const rng = mulberry32(4);
    const d = randint(-2, 2);
    const values = Array.from({ length: 4000 }, () => d.rvs(rng));
    const counts = [-2, -1, 0, 1].map((v) => values.filter((x) => x === v).length);
    expect(values.every((v) => Number.isInteger(v) && v >= -2 && v < 2), 'randint(-2, 2) values in {-2, -1, 0, 1}').toBe(true);
    for (const c of counts) expect(c, JSON.stringify(counts)).toBeGreaterThan(850);
  });
  it('uniform(loc, scale) covers [loc, loc + scale) evenly', () => {
    const rng = mulberry32(5);
    const d = uniform(-1, 4);
    const values = Array.from({ length: 4000 }, () => d.rvs(rng));
    expect(values.every((v) => v >= -1 && v < 3)).toBe(true);
    const below = values.filter((v) => v < 1).length;
    expect(below, 'draws below the midpoint 1, of 4000').toBeGreaterThan(1800);
    expect(below, 'draws below the midpoint 1, of 4000').toBeLessThan(2200);
  });
  it('loguniform(a, b) stays in [a, b] with half the draws below sqrt(ab)', () => {
    const rng = mulberry32(6);
    const d = loguniform(1e-4, 1);
    const values = Array.from({ length: 4000 }, () => d.rvs(rng));
    expect(values.every((v) => v >= 1e-4 && v <= 1)).toBe(true);
    const below = values.filter((v) => v < 1e-2).length;
    expect(below, 'draws below 1e-2, of 4000').toBeGreaterThan(1800);
    expect(below, 'draws below 1e-2, of 4000').toBeLessThan(2200);
  });
});

describe('RandomizedSearchCV', () => {
  it('evaluates exactly the candidates of ParameterSampler with the same rng, scored like a manual loop', () => {
    const n = 24;
    const rngData = mulberry32(8);
    const X = Array.from({ length: n }, () => [rngData() * 4 - 2]);
    const y = X.map(([x]) => 0.6 * x! + 2 + rngData());
    const dists = { shrink: [0, 0.25, 0.5, 2], slope: uniform(0, 1) };
    const splits = [0, 1, 2].map((f) => {
      const test = Array.from({ length: 8 }, (_, i) => 8 * f + i);
      return { train: Array.from({ length: n }, (_, i) => i).filter((i) => !test.includes(i)), test };
    });
    const make = (p: Params) => new Shrink(p as { shrink: number; slope: number });
    const search = new RandomizedSearchCV(make, dists, { nIter: 7, rng: mulberry32(21), cv: splits }).fit(X, y);
    const candidates = [...new ParameterSampler(dists, { nIter: 7, rng: mulberry32(21) })];
    expect(search.cvResults.params).toEqual(candidates);
    const manual = candidates.map((p) => {
      const scores = splits.map(({ train, test }) => {
        try {
          const est = make(p).fit(
            train.map((i) => X[i]!),
            train.map((i) => y[i]!),
          );
          return est.score(
            test.map((i) => X[i]!),
            test.map((i) => y[i]!),
          );
        } catch {
          return NaN;
        }
      });
      return scores.reduce((s, v) => s + v, 0) / scores.length;
    });
    expectClose(search.cvResults.meanTestScore, manual, 1e-12, { candidates });
    const best = manual.reduce((b, v, i) => (!Number.isNaN(v) && (Number.isNaN(manual[b]!) || v > manual[b]!) ? i : b), 0);
    expect(search.bestIndex).toBe(best);
    expect(search.bestParams).toEqual(candidates[best]);
  });
  it('tries distinct candidates, nIter defaulting to 10, on an all-list grid', () => {
    const X = Array.from({ length: 10 }, (_, i) => [i]);
    const y = X.map(([v]) => 2 * v!);
    const search = new RandomizedSearchCV((p: Params) => new Shrink(p as { slope: number }), { slope: Array.from({ length: 15 }, (_, i) => i / 7) }, {
      rng: mulberry32(2),
      cv: 2,
    }).fit(X, y);
    const params = search.cvResults.params.map(key);
    expect(params).toHaveLength(10);
    expect(new Set(params).size).toBe(10);
  });
});
