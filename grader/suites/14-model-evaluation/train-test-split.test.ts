import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { splitSizes, trainTestSplit } from '@impl/14-model-evaluation/train-test-split';
import { expectThrows, golden } from './_kit.ts';

interface SizeCase {
  n: number;
  testSize?: number;
  trainSize?: number;
  train?: number[];
  test?: number[];
  raises?: boolean;
}
const g = golden<{ sizes: SizeCase[] }>('train-test-split');
const sizeOpts = (c: SizeCase) => ({
  ...(c.testSize !== undefined ? { testSize: c.testSize } : {}),
  ...(c.trainSize !== undefined ? { trainSize: c.trainSize } : {}),
});
const rows = (n: number) => Array.from({ length: n }, (_, i) => [i * 10, -i]);
const ids = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('splitSizes', () => {
  it('matches sklearn: test fractions round up, train fractions round down, the rest fills in', () => {
    for (const c of g.sizes.filter((c) => !c.raises)) {
      expect(splitSizes(c.n, c.testSize, c.trainSize), JSON.stringify(sizeOpts(c)) + ` n=${c.n}`).toEqual([c.train!.length, c.test!.length]);
    }
  });
  it('throws like sklearn for sizes that do not fit or leave an empty train set', () => {
    for (const c of g.sizes.filter((c) => c.raises)) expectThrows(() => splitSizes(c.n, c.testSize, c.trainSize), c);
  });
});

describe('trainTestSplit', () => {
  it('without shuffling, trains on the first rows and tests on the rows after them (sklearn)', () => {
    for (const c of g.sizes.filter((c) => !c.raises)) {
      const r = trainTestSplit(rows(c.n), ids(c.n), { ...sizeOpts(c), shuffle: false });
      expect({ train: r.yTrain, test: r.yTest }, JSON.stringify({ n: c.n, ...sizeOpts(c) })).toEqual({ train: c.train, test: c.test });
      expect(r.XTrain).toEqual(rows(c.n).filter((_, i) => c.train!.includes(i)));
    }
  });
  it('shuffles with the injected rng into disjoint parts of the right sizes, rows kept aligned with labels', () => {
    const arb = fc.record({
      n: fc.integer({ min: 4, max: 60 }),
      seed: fc.nat(),
      testSize: fc.constantFrom(0.1, 0.25, 0.5, 2, undefined),
      trainSize: fc.constantFrom(0.3, 1, undefined),
    });
    fc.assert(
      fc.property(arb, ({ n, seed, testSize, trainSize }) => {
        let expected: [number, number];
        try {
          expected = splitSizes(n, testSize, trainSize);
        } catch (err) {
          if ((err as Error).name === 'NotImplementedError') throw err;
          return; // sizes that sklearn refuses are checked above
        }
        const r = trainTestSplit(rows(n), ids(n), { testSize, trainSize, rng: mulberry32(seed) });
        expect([r.yTrain.length, r.yTest.length]).toEqual(expected);
        const all = [...r.yTrain, ...r.yTest];
        expect(new Set(all).size, 'train and test must not share rows').toBe(all.length);
        if (expected[0] + expected[1] === n) expect([...all].sort((a, b) => a - b)).toEqual(ids(n));
        expect(r.XTrain).toEqual(r.yTrain.map((i) => [i * 10, -i]));
        expect(r.XTest).toEqual(r.yTest.map((i) => [i * 10, -i]));
      }),
    );
  });
  it('is deterministic for a given seed, and another seed gives another split', () => {
    const a = trainTestSplit(rows(30), ids(30), { rng: mulberry32(7) });
    const b = trainTestSplit(rows(30), ids(30), { rng: mulberry32(7) });
    const c = trainTestSplit(rows(30), ids(30), { rng: mulberry32(8) });
    expect(a).toEqual(b);
    expect(c.yTest).not.toEqual(a.yTest);
  });
  it('picks every row for the test set equally often (an unbiased shuffle)', () => {
    const counts = new Array<number>(5).fill(0);
    const rng = mulberry32(2026);
    for (let t = 0; t < 5000; t++) counts[trainTestSplit(rows(5), ids(5), { testSize: 1, rng }).yTest[0]!]!++;
    // each row is expected 1000 times (standard deviation about 28)
    for (const c of counts) expect(c, `test-set counts per row: ${JSON.stringify(counts)}`).toBeGreaterThan(850);
    for (const c of counts) expect(c, `test-set counts per row: ${JSON.stringify(counts)}`).toBeLessThan(1150);
  });
  it('keeps each class at floor or ceil of its share of the test set with stratify', () => {
    const arb = fc.record({
      y: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 12, maxLength: 60 }),
      seed: fc.nat(),
      testSize: fc.constantFrom(0.2, 0.25, 0.5),
    });
    fc.assert(
      fc.property(arb, ({ y, seed, testSize }) => {
        const counts = new Map<string, number>();
        for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
        if ([...counts.values()].some((c) => c < 2)) return;
        const [nTrain, nTest] = splitSizes(y.length, testSize);
        if (nTest < counts.size || nTrain < counts.size) return;
        const r = trainTestSplit(ids(y.length).map((i) => [i]), y, { testSize, stratify: y, rng: mulberry32(seed) });
        expect(r.yTest.length).toBe(nTest);
        expect(r.yTrain.length).toBe(nTrain);
        for (const [cls, count] of counts) {
          const got = r.yTest.filter((v) => v === cls).length;
          const share = (nTest * count) / y.length;
          expect([Math.floor(share), Math.ceil(share)], `class ${cls}: ${count} of ${y.length}, test size ${nTest}`).toContain(got);
        }
        expect(r.XTest.map((row) => y[row[0]!])).toEqual(r.yTest);
      }),
    );
  });
  it('throws for stratify without shuffling, and for a class with a single member', () => {
    const y = ['a', 'a', 'b', 'b', 'a', 'b', 'a', 'b'];
    expectThrows(() => trainTestSplit(rows(8), y, { stratify: y, shuffle: false }), 'stratify with shuffle: false');
    const lonely = ['a', 'a', 'a', 'a', 'a', 'a', 'a', 'b'];
    expectThrows(() => trainTestSplit(rows(8), lonely, { stratify: lonely, rng: mulberry32(1) }), 'a class of one');
  });
  it('does not modify its inputs', () => {
    const X = rows(10);
    const y = ids(10);
    trainTestSplit(X, y, { rng: mulberry32(3) });
    expect([X, y]).toEqual([rows(10), ids(10)]);
  });
});
