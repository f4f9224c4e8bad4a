import fc from 'fast-check';
import { update as mingoUpdate } from 'mingo';
import { describe, expect, it } from 'vitest';
import { applyUpdate } from '@impl/10-nosql-distributed-data/updates';
import { leaf, scalar } from './_arbitraries.ts';

type Doc = Record<string, unknown>;

/** mingo updates in place: run it on a deep copy. */
function viaMingo(doc: Doc, upd: Doc): Doc {
  const copy = structuredClone(doc);
  mingoUpdate(copy, upd as never);
  return copy;
}

function agreeWithMingo(doc: Doc, upd: Doc): void {
  const expected = viaMingo(doc, upd);
  // a copy, so an implementation that mutates its input cannot disturb fast-check's own values
  const received = applyUpdate(structuredClone(doc) as never, structuredClone(upd) as never);
  expect(received, `applyUpdate(${JSON.stringify(doc)}, ${JSON.stringify(upd)})`).toEqual(expected);
}

// Documents whose fields have the types the generated updates expect (MongoDB rejects, and mingo
// silently skips, $inc of a string or $push onto a number: those cases are tested separately).
const small = fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'y'), fc.constant(null)), { maxLength: 5 });
const docArb = fc.record(
  {
    n: fc.integer({ min: -5, max: 5 }),
    s: fc.constantFrom('x', 'y'),
    obj: fc.record({ x: leaf, y: leaf, n: fc.integer({ min: -3, max: 3 }) }, { requiredKeys: [], noNullPrototype: true }),
    arr1: small,
    // (mingo also drops duplicates already in the array; MongoDB leaves them: keep them unique)
    arr2: fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'y'), fc.constant(null)), { maxLength: 5 }),
    arr3: small,
    arr4: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['arr2', 'arr4'], noNullPrototype: true },
);
const pick = <T>(keys: string[], value: fc.Arbitrary<T>) =>
  fc.subarray(keys, { minLength: 1 }).chain((ks) => fc.tuple(...ks.map((k) => value.map((v) => [k, v] as const))).map((e) => Object.fromEntries(e)));
const item = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'y'), fc.constant(null));
const each = fc.oneof(item, fc.array(item, { maxLength: 3 }).map(($each) => ({ $each })));
const pullCond = fc.oneof(
  item,
  fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), fc.integer({ min: 0, max: 4 })).map(([op, v]) => ({ [op]: v })),
  fc.array(item, { maxLength: 3 }).map(($in) => ({ $in })),
);
const updateArb = fc
  .record(
    {
      $set: pick(['s', 'obj.x', 'fresh.a.b', 'arr4.0', 'arr4.1'], fc.oneof(leaf, fc.array(scalar, { maxLength: 2 }))),
      $unset: pick(['obj.y', 'gone', 'ghost.q', 's2'], fc.constant('')),
      $inc: pick(['n', 'obj.n', 'counter'], fc.integer({ min: -3, max: 3 })),
      $push: pick(['arr1', 'newList'], each),
      // $addToSet with $each onto a missing field: mingo forgets to drop duplicates, MongoDB does not
      $addToSet: pick(['arr2'], each),
      $pull: pick(['arr3', 'missingList'], pullCond),
    },
    { requiredKeys: [], noNullPrototype: true },
  )
  .filter((u) => Object.keys(u).length > 0);

describe('applyUpdate', () => {
  it('sets, increments and unsets fields, creating subdocuments for dotted paths', () => {
    agreeWithMingo({ a: 1, b: { c: 2 } }, { $set: { 'x.y.z': 1, 'b.d': 'new' }, $inc: { a: 2, 'b.c': -2, fresh: 5 }, $unset: { 'b.c2': '', a2: '' } });
    agreeWithMingo({ a: 1, b: { c: 2, d: 3 } }, { $unset: { 'b.c': '', a: '' } });
  });
  it('writes array elements by index, padding with null past the end (MongoDB; mingo leaves holes)', () => {
    agreeWithMingo({ a: [1, 2] }, { $set: { 'a.2': 9, 'a.0': 0 } });
    expect(applyUpdate({ a: [1, 2] }, { $set: { 'a.4': 9 } })).toEqual({ a: [1, 2, null, null, 9] });
  });
  it('pushes one value, or several with $each, creating the array when missing', () => {
    agreeWithMingo({ a: [1] }, { $push: { a: { $each: [2, 3] }, b: [4, 5] } });
  });
  it('adds to a set only values not already present (deep equality)', () => {
    agreeWithMingo({ a: [1, [2], 'x'] }, { $addToSet: { a: { $each: [1, [2], [3], 'x', 'y', 'y'] } } });
    agreeWithMingo({}, { $addToSet: { a: 'x' } });
  });
  it('pulls equal values, values matching a condition, and subdocuments matching a query', () => {
    agreeWithMingo({ a: [1, 2, 1, 3, 'x'] }, { $pull: { a: 1 } });
    agreeWithMingo({ a: [1, 2, 5, 3, 'x'] }, { $pull: { a: { $gte: 3 } } });
    agreeWithMingo({ a: [{ b: 1, c: 1 }, { b: 2 }, { b: 1 }] }, { $pull: { a: { b: 1 } } });
  });
  it('agrees with mingo on generated documents and updates', () => {
    fc.assert(fc.property(docArb, updateArb, (d, u) => agreeWithMingo(d as Doc, u as Doc)), { numRuns: 200 });
  });
  it('leaves its input untouched and shares no arrays or objects with it', () => {
    fc.assert(
      fc.property(docArb, updateArb, (original, u) => {
        const d = structuredClone(original);
        const out = applyUpdate(d as never, structuredClone(u) as never) as Record<string, unknown>;
        expect(d, `the input document after applyUpdate(doc, ${JSON.stringify(u)})`).toEqual(original);
        for (const k of Object.keys(out)) {
          if (typeof out[k] === 'object' && out[k] !== null) expect(out[k], `field ${k} is shared with the input`).not.toBe((d as Record<string, unknown>)[k]);
        }
      }),
    );
  });
  it('throws, as MongoDB does, on $inc of a non-number and on array operators over a non-array', () => {
    const cases: [Doc, Doc][] = [
      [{ a: 'x' }, { $inc: { a: 1 } }],
      [{ a: 1 }, { $push: { a: 2 } }],
      [{ a: { b: 1 } }, { $addToSet: { a: 2 } }],
      [{ a: 5 }, { $pull: { a: 5 } }],
    ];
    for (const [d, u] of cases) {
      let error: unknown;
      try {
        applyUpdate(d as never, u as never);
      } catch (e) {
        error = e;
      }
      if ((error as Error | undefined)?.name === 'NotImplementedError') throw error;
      expect(error, `applyUpdate(${JSON.stringify(d)}, ${JSON.stringify(u)}) should throw`).toBeInstanceOf(Error);
    }
  });
});
