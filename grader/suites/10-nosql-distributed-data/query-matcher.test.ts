import fc from 'fast-check';
import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';
import { matches } from '@impl/10-nosql-distributed-data/query-matcher';
import { doc, query } from './_arbitraries.ts';

const mingoMatches = (d: object, q: Record<string, unknown>) => new Query(q).test(d as Record<string, unknown>);

function agreeWithMingo(docs: object[], q: Record<string, unknown>): void {
  for (const d of docs) {
    const expected = mingoMatches(d, q);
    const received = matches(d as never, q);
    if (received !== expected) {
      throw new Error(`matches(doc, query) disagrees with mingo.\ndoc:      ${JSON.stringify(d)}\nquery:    ${JSON.stringify(q)}\nexpected: ${expected}\nreceived: ${received}`);
    }
  }
}

describe('matches', () => {
  it('matches equal top-level fields and rejects different ones', () => {
    expect(matches({ name: 'Ada', year: 1815 }, { name: 'Ada' })).toBe(true);
    expect(matches({ name: 'Ada', year: 1815 }, { name: 'Ada', year: 1816 })).toBe(false);
  });
  it('lets null match a missing field and a null value, but not an empty array', () => {
    agreeWithMingo([{}, { a: null }, { a: [] }, { a: [null] }, { a: 0 }], { a: null });
  });
  it('matches an array field when any element matches, or the whole array equals the value', () => {
    agreeWithMingo([{ a: [1, 2] }, { a: [[1, 2], 3] }, { a: [2, 1] }, { a: 1 }], { a: [1, 2] });
    agreeWithMingo([{ a: [1, 2] }, { a: [3] }, { a: 2 }], { a: 2 });
  });
  it('follows dotted paths into subdocuments and through arrays of subdocuments', () => {
    agreeWithMingo([{ a: { b: 1 } }, { a: [{ b: 0 }, { b: 1 }] }, { a: [{ c: 1 }] }, { a: 1 }], { 'a.b': 1 });
    agreeWithMingo([{ a: [{ b: 0 }, { b: 5 }] }, { a: { b: 2 } }], { 'a.b': { $gt: 1 } });
  });
  it('compares only within a type (numbers with numbers, strings with strings)', () => {
    agreeWithMingo([{ a: 2 }, { a: '2' }, { a: null }, {}], { a: { $gt: 1 } });
    agreeWithMingo([{ a: 'b' }, { a: 5 }], { a: { $gt: 'a' } });
  });
  it('applies each range bound to any element, but $elemMatch to one element', () => {
    agreeWithMingo([{ a: [0, 5] }, { a: [2] }], { a: { $gt: 1, $lt: 3 } });
    agreeWithMingo([{ a: [0, 5] }, { a: [2] }], { a: { $elemMatch: { $gt: 1, $lt: 3 } } });
    agreeWithMingo([{ a: [{ b: 1, c: 2 }, { b: 2 }] }, { a: [{ b: 1 }, { c: 2 }] }, { a: { b: 1, c: 2 } }], { a: { $elemMatch: { b: 1, c: 2 } } });
  });
  it('treats $ne, $nin and $not as negations that also match missing fields', () => {
    agreeWithMingo([{ a: [1, 2] }, { a: 3 }, {}], { a: { $ne: 1 } });
    agreeWithMingo([{ a: [1, 2] }, { a: 3 }, {}], { a: { $nin: [1, 5] } });
    agreeWithMingo([{ a: 3 }, { a: 'x' }, {}], { a: { $not: { $gt: 2 } } });
  });
  it('handles $exists, $size, $all, $in and the logical operators', () => {
    agreeWithMingo([{ a: null }, {}, { a: [{ b: 1 }] }], { a: { $exists: true } });
    agreeWithMingo([{ a: [1, { b: 2 }] }, { a: [1, 2] }], { 'a.b': { $exists: false } });
    agreeWithMingo([{ a: [] }, { a: [1] }, { a: 5 }], { a: { $size: 0 } });
    agreeWithMingo([{ a: [2, 1, 3] }, { a: [1] }, { a: 1 }], { a: { $all: [1, 2] } });
    agreeWithMingo([{ a: 1 }, {}, { a: [null] }], { a: { $in: [null, 1] } });
    agreeWithMingo([{ a: 1, b: 2 }, { a: 1 }, { b: 2 }], { $or: [{ a: 1 }, { b: 2 }], $nor: [{ a: 1, b: 2 }] });
  });
  it('agrees with mingo on generated documents and queries', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), query, (docs, q) => {
        agreeWithMingo(docs, q);
      }),
      { numRuns: 300 },
    );
  });
  it('does not modify the document or the query', () => {
    fc.assert(
      fc.property(doc, query, (d, q) => {
        const before = JSON.stringify([d, q]);
        matches(d as never, q);
        expect(JSON.stringify([d, q])).toBe(before);
      }),
    );
  });
});
