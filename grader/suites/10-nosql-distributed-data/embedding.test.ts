import fc from 'fast-check';
import { Aggregator } from 'mingo';
import { describe, expect, it } from 'vitest';
import { denormalize, normalize } from '@impl/10-nosql-distributed-data/embedding';

type Doc = Record<string, unknown>;

const payload = fc.record({ name: fc.constantFrom('x', 'y', 'z'), n: fc.integer({ min: 0, max: 9 }), tags: fc.array(fc.constantFrom('t', 'u'), { maxLength: 2 }) }, {
  requiredKeys: [],
  noNullPrototype: true,
});
/** Parents with unique keys 1..k in `key`, children pointing at keys 1..k+2 (some orphans). */
const collections = fc.integer({ min: 0, max: 6 }).chain((k) =>
  fc.record({
    parents: fc.array(payload, { minLength: k, maxLength: k }).map((ps) => ps.map((p, i) => ({ key: i + 1, ...p }) as Doc)),
    children: fc
      .array(fc.tuple(fc.integer({ min: 1, max: k + 2 }), payload), { maxLength: 12 })
      .map((cs) => cs.map(([owner, c], i) => ({ _id: 100 + i, owner, ...c }) as Doc)),
  }),
);
const relation = { localField: 'key', foreignField: 'owner', as: 'items' };

/** Documents with embedded children that do not carry the foreign key yet. */
const nested = fc.integer({ min: 0, max: 5 }).chain((k) =>
  fc
    .array(fc.tuple(payload, fc.array(payload, { maxLength: 4 })), { minLength: k, maxLength: k })
    .map((rows) => rows.map(([p, items], i) => ({ key: i + 1, ...p, items }) as Doc)),
);

describe('denormalize', () => {
  it('embeds each parent its children, like $lookup in mingo', () => {
    fc.assert(
      fc.property(collections, ({ parents, children }) => {
        const expected = new Aggregator([{ $lookup: { from: children, localField: 'key', foreignField: 'owner', as: 'items' } }]).run(structuredClone(parents));
        expect(denormalize(parents as never, children as never, relation)).toEqual(expected);
      }),
    );
  });
  it("defaults localField to '_id'", () => {
    const authors = [{ _id: 1, name: 'Ursula' }, { _id: 2, name: 'Iain' }];
    const books = [{ title: 'Excession', author: 2 }, { title: 'The Dispossessed', author: 1 }, { title: 'Use of Weapons', author: 2 }];
    const expected = new Aggregator([{ $lookup: { from: books, localField: '_id', foreignField: 'author', as: 'books' } }]).run(structuredClone(authors));
    expect(denormalize(authors, books, { foreignField: 'author', as: 'books' })).toEqual(expected);
  });
  it('copies rather than shares: changing the result leaves the inputs alone', () => {
    fc.assert(
      fc.property(collections, (original) => {
        const { parents, children } = structuredClone(original);
        const out = denormalize(parents as never, children as never, relation) as Doc[];
        for (const p of out) for (const c of p.items as Doc[]) c.name = 'changed';
        for (const p of out) p.key = -1;
        expect({ parents, children }).toEqual(original);
      }),
    );
  });
});

describe('normalize', () => {
  it('undoes denormalize: the same parents, and the children that had a parent, grouped by parent', () => {
    fc.assert(
      fc.property(collections, ({ parents, children }) => {
        const { parents: ps, children: cs } = normalize(denormalize(parents as never, children as never, relation), relation);
        expect(ps).toEqual(parents);
        expect(cs).toEqual(parents.flatMap((p) => children.filter((c) => c.owner === p.key)));
      }),
    );
  });
  it('gives denormalize what it needs to rebuild the documents, with the foreign key filled in', () => {
    fc.assert(
      fc.property(nested, (docs) => {
        const { parents, children } = normalize(docs as never, relation);
        const rebuilt = denormalize(parents, children, relation);
        expect(rebuilt).toEqual(docs.map((d) => ({ ...d, items: (d.items as Doc[]).map((c) => ({ ...c, owner: d.key })) })));
      }),
    );
  });
  it('leaves its input untouched', () => {
    fc.assert(
      fc.property(nested, (original) => {
        const docs = structuredClone(original);
        const { parents, children } = normalize(docs as never, relation);
        for (const c of children) c.name = 'changed';
        for (const p of parents) p.name = 'changed';
        expect(docs).toEqual(original);
      }),
    );
  });
});
