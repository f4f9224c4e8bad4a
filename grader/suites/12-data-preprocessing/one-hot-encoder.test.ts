import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import type { Cell } from '@impl/12-data-preprocessing/_types';
import { OneHotEncoder, type OneHotEncoderOptions } from '@impl/12-data-preprocessing/one-hot-encoder';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface Case {
  label: string; X: Cell[][]; drop: null | 'first' | 'if_binary'; handleUnknown: 'error' | 'ignore';
  categories: Cell[][]; dropIdx: (number | null)[] | null; transform: number[][]; names: string[]; namesIn: string[]; inverse: Cell[][];
  XNew: Cell[][]; transformNew?: number[][]; inverseNew?: Cell[][]; transformNewError?: boolean;
}
interface G {
  cases: Case[];
  explicitDrop: { X: Cell[][]; drop: Cell[]; dropIdx: number[]; transform: number[][]; names: string[]; inverse: Cell[][] }[];
  givenCategories: { categories: Cell[][]; X: Cell[][]; handleUnknown: 'error' | 'ignore'; transform: number[][]; names: string[] }[];
  errors: Record<'mixedTypes' | 'unknownGivenCategory' | 'dropNotFound' | 'inverseAllZeros', string | null>;
}
const g = golden<G>('one-hot-encoder');
const errorClass = (name: string | null) => (name === 'TypeError' ? TypeError : ValueError);

const opts = (c: Case): OneHotEncoderOptions => ({ drop: c.drop, handleUnknown: c.handleUnknown });
const label = (c: Case) => `OneHotEncoder(${show(opts(c))}).fit(${show(c.X)}) ("${c.label}")`;
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};
const check = (pred: (c: Case) => boolean, what: (enc: OneHotEncoder, c: Case) => unknown, expected: (c: Case) => unknown) => {
  for (const c of cases(pred)) expectClose(what(new OneHotEncoder(opts(c)).fit(c.X), c), expected(c), 0, label(c));
};
const plain = (c: Case) => c.drop === null && c.handleUnknown === 'error';

describe('OneHotEncoder (scikit-learn goldens, rules R4)', () => {
  it("encodes the roadmap's City column as London, New York, Paris", () => {
    check((c) => c.label === 'article' && plain(c), (enc, c) => ({ categories: enc.categories, transform: enc.transform(c.X), names: enc.getFeatureNamesOut(['City']) }),
      (c) => ({ categories: c.categories, transform: c.transform, names: c.namesIn.map((n) => n.replace('F0', 'City')) }));
  });
  it('sorts numeric categories numerically (10 after 2)', () => {
    check((c) => c.label.startsWith('integers') && plain(c), (enc) => enc.categories, (c) => c.categories);
  });
  it('sorts string categories by code point (B < Z < a < é < U+FFFF < emoji)', () => {
    check((c) => c.label === 'code points' && plain(c), (enc) => enc.categories, (c) => c.categories);
  });
  it('makes missing values (null or NaN) a category of their own, last, named nan', () => {
    check((c) => c.label.includes('missing') && plain(c), (enc, c) => ({ categories: enc.categories, names: enc.getFeatureNamesOut(), transform: enc.transform(c.X) }),
      (c) => ({ categories: c.categories, names: c.names, transform: c.transform }));
    const withNaN = [[1], [NaN], [3]];
    expectClose(new OneHotEncoder().fit(withNaN).categories, [[1, 3, null]], 0, `OneHotEncoder().fit(${show(withNaN)}).categories`);
  });
  it('one-hot encodes every column and names the outputs feature_category', () => {
    check(plain, (enc, c) => ({ transform: enc.transform(c.X), names: enc.getFeatureNamesOut(), namesIn: enc.getFeatureNamesOut(c.X[0]!.map((_, j) => `F${j}`)) }),
      (c) => ({ transform: c.transform, names: c.names, namesIn: c.namesIn }));
  });
  it("drops the first category of every feature with drop: 'first'", () => {
    check((c) => c.drop === 'first', (enc, c) => ({ dropIdx: enc.dropIdx, transform: enc.transform(c.X), names: enc.getFeatureNamesOut() }),
      (c) => ({ dropIdx: c.dropIdx, transform: c.transform, names: c.names }));
  });
  it("drops the first category only of two-category features with drop: 'if_binary'", () => {
    check((c) => c.drop === 'if_binary', (enc, c) => ({ dropIdx: enc.dropIdx, transform: enc.transform(c.X), names: enc.getFeatureNamesOut() }),
      (c) => ({ dropIdx: c.dropIdx, transform: c.transform, names: c.names }));
  });
  it('drops the named category of each feature when drop is a list', () => {
    for (const c of g.explicitDrop) {
      const enc = new OneHotEncoder({ drop: c.drop }).fit(c.X);
      expectClose({ dropIdx: enc.dropIdx, transform: enc.transform(c.X), names: enc.getFeatureNamesOut(), inverse: enc.inverseTransform(enc.transform(c.X)) },
        { dropIdx: c.dropIdx, transform: c.transform, names: c.names, inverse: c.inverse }, 0, `OneHotEncoder({ drop: ${show(c.drop)} }).fit(${show(c.X)})`);
    }
  });
  it("throws ValueError for a category unseen in fit by default (handleUnknown: 'error')", () => {
    for (const c of cases((x) => x.handleUnknown === 'error')) {
      expect(c.transformNewError).toBe(true);
      const enc = new OneHotEncoder(opts(c)).fit(c.X);
      expectThrows(() => enc.transform(c.XNew), ValueError, `${label(c)}.transform(${show(c.XNew)})`);
    }
  });
  it("encodes an unseen category as an all-zero block with handleUnknown: 'ignore'", () => {
    check((c) => c.handleUnknown === 'ignore', (enc, c) => enc.transform(c.XNew), (c) => c.transformNew);
  });
  it('maps encodings back to categories with inverseTransform (all zeros: the dropped category, or null when ignoring)', () => {
    check(() => true, (enc, c) => enc.inverseTransform(c.transform), (c) => c.inverse);
    check((c) => c.handleUnknown === 'ignore', (enc, c) => enc.inverseTransform(c.transformNew!), (c) => c.inverseNew);
  });
  it('uses given categories in the given order', () => {
    for (const c of g.givenCategories) {
      const enc = new OneHotEncoder({ categories: c.categories, handleUnknown: c.handleUnknown }).fit(c.X);
      expectClose({ transform: enc.transform(c.X), names: enc.getFeatureNamesOut(), categories: enc.categories }, { transform: c.transform, names: c.names, categories: c.categories }, 0,
        `OneHotEncoder({ categories: ${show(c.categories)}, handleUnknown: '${c.handleUnknown}' }).fit(${show(c.X)})`);
    }
  });
  it('throws what scikit-learn throws for mixed types, unknown given categories, a drop not found, and all-zero inverse rows', () => {
    const e = g.errors;
    expectThrows(() => new OneHotEncoder().fit([['a'], [1]]), errorClass(e.mixedTypes), "fit([['a'], [1]]) (mixed strings and numbers)");
    expectThrows(() => new OneHotEncoder({ categories: [['z', 'a']] }).fit([['b']]), errorClass(e.unknownGivenCategory), "categories [['z','a']] then fit([['b']])");
    expectThrows(() => new OneHotEncoder({ drop: ['q'] }).fit([['b']]), errorClass(e.dropNotFound), "drop ['q'] with categories [['b']]");
    expectThrows(() => new OneHotEncoder().fit([['a'], ['b']]).inverseTransform([[0, 0]]), errorClass(e.inverseAllZeros), 'inverseTransform([[0, 0]]) without drop or ignore');
  });
});

describe('OneHotEncoder contract', () => {
  it('throws NotFittedError before fit', () => {
    const enc = new OneHotEncoder();
    expectThrows(() => enc.transform([['a']]), NotFittedError, 'transform before fit');
    expectThrows(() => enc.categories, NotFittedError, 'categories before fit');
    expectThrows(() => enc.getFeatureNamesOut(), NotFittedError, 'getFeatureNamesOut before fit');
  });
  it('returns this from fit', () => {
    const enc = new OneHotEncoder();
    expect(enc.fit([['a']])).toBe(enc);
  });
  it('puts exactly one 1 per feature block and round-trips through inverseTransform (property)', () => {
    const cell = fc.oneof(fc.constantFrom('p', 'q', 'r', 'Q'), fc.constant(null));
    const rows = fc.array(fc.tuple(cell, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, (pairs) => {
        const X: Cell[][] = pairs.map(([a, b]) => [a, b]);
        const enc = new OneHotEncoder().fit(X);
        const T = enc.transform(X);
        const sizes = [new Set(pairs.map((p) => p[0])).size, new Set(pairs.map((p) => p[1])).size];
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        const blocksOk = T.every((row) => row.length === sizes[0]! + sizes[1]! && sum(row.slice(0, sizes[0])) === 1 && sum(row.slice(sizes[0])) === 1);
        return blocksOk && show(enc.inverseTransform(T)) === show(X);
      }),
    );
  });
});
