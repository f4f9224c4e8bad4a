import fc from 'fast-check';
import { Aggregator } from 'mingo';
import { describe, expect, it } from 'vitest';
import { aggregate } from '@impl/10-nosql-distributed-data/aggregation';

type Doc = Record<string, unknown>;
type Stage = Record<string, unknown>;

const viaMingo = (docs: Doc[], pipeline: Stage[]) => new Aggregator(pipeline).run(structuredClone(docs));

function agreeWithMingo(docs: Doc[], pipeline: Stage[]): void {
  const expected = viaMingo(docs, pipeline);
  const received = aggregate(structuredClone(docs) as never, pipeline as never);
  expect(received, `aggregate(docs, ${JSON.stringify(pipeline)}) on ${JSON.stringify(docs)}`).toEqual(expected);
}

const sales: Doc[] = [
  { _id: 1, item: 'pen', store: 'north', qty: 10, price: 2, tags: ['office', 'cheap'] },
  { _id: 2, item: 'book', store: 'south', qty: 2, price: 15, tags: ['paper'] },
  { _id: 3, item: 'pen', store: 'south', qty: 5, price: 2, tags: [] },
  { _id: 4, item: 'lamp', store: 'north', qty: 1, price: 30 },
  { _id: 5, item: 'book', store: 'north', qty: 4, price: 12, tags: ['paper', 'gift'] },
];

// Generated documents: an _id, a group key g and a value v always present (v a number or a
// string), optional w, tags and o. Stages only read fields every document has, so the cases stay
// where mingo and MongoDB agree (they part ways on sorting missing against null, and on $push of
// missing fields).
const docArb = fc
  .array(
    fc.record(
      {
        g: fc.constantFrom('a', 'b', 'c'),
        v: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -5, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom('x', 'y') }),
        w: fc.constantFrom('p', 'q'),
        tags: fc.oneof(fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }), fc.constant(null)),
        o: fc.record({ p: fc.integer({ min: 0, max: 2 }), q: fc.integer({ min: 0, max: 2 }) }, { noNullPrototype: true }),
      },
      { requiredKeys: ['g', 'v'], noNullPrototype: true },
    ),
    { maxLength: 10 },
  )
  .map((rows) => rows.map((r, i) => ({ _id: i + 1, ...r }) as Doc));

const matchStage = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map((k) => ({ $match: { v: { $gt: k } } })),
  fc.constantFrom('a', 'b').map((g) => ({ $match: { g } })),
  fc.constantFrom('t1', 't2').map((t) => ({ $match: { tags: t } })),
);
const sortStage = fc
  .subarray(['g', 'v', '_id'], { minLength: 1 })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.constantFrom(1, -1).map((d) => [k, d] as const))))
  .map((pairs) => ({ $sort: Object.fromEntries(pairs) }));
const unwindStage = fc.oneof(fc.constant({ $unwind: '$tags' }), fc.constant({ $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }));
const limitStage = fc.integer({ min: 0, max: 6 }).map((n) => ({ $limit: n }));
const accumulators = fc
  .subarray(
    [
      ['n', { $sum: 1 }],
      ['s', { $sum: '$v' }],
      ['avg', { $avg: '$v' }],
      ['lo', { $min: '$v' }],
      ['hi', { $max: '$v' }],
      ['first', { $first: '$g' }],
      ['last', { $last: '$v' }],
      ['all', { $push: '$v' }],
      ['kinds', { $addToSet: '$g' }],
      ['count', { $count: {} }],
    ] as [string, unknown][],
    { minLength: 1, maxLength: 4 },
  )
  .map((pairs) => Object.fromEntries(pairs));
const groupStage = fc
  .tuple(fc.constantFrom<unknown>('$g', null, { g: '$g', w: '$w' }, '$o.p', '$v'), accumulators)
  .map(([_id, acc]) => ({ $group: { _id, ...acc } }));
const projectStage = fc.oneof(
  fc.subarray(['g', 'v', 'o.p', 'tags'], { minLength: 1 }).map((ks) => ({ $project: Object.fromEntries(ks.map((k) => [k, 1])) })),
  // ('o' and 'o.q' together would be a path collision, an error in MongoDB)
  fc.constantFrom(['w'], ['o'], ['tags'], ['o.q'], ['w', 'tags'], ['w', 'o.q'], ['tags', 'o']).map((ks) => ({ $project: Object.fromEntries(ks.map((k) => [k, 0])) })),
  fc.constant({ $project: { _id: 0, key: '$g', value: '$v', deep: '$o.p' } }),
);
const pipelineArb = fc
  .tuple(
    fc.array(fc.oneof(matchStage, sortStage, unwindStage, limitStage), { maxLength: 3 }),
    fc.oneof(
      fc.constant<Stage[]>([]),
      fc.tuple(groupStage, fc.constantFrom<Stage[]>([], [{ $sort: { _id: 1 } }], [{ $sort: { _id: -1 } }, { $limit: 2 }])).map(([g, rest]) => [g, ...rest]),
      projectStage.map((p) => [p]),
    ),
  )
  .map(([pre, post]) => [...pre, ...post] as Stage[]);

describe('aggregate', () => {
  it('groups with accumulators, in order of first appearance (mingo)', () => {
    agreeWithMingo(sales, [
      { $group: { _id: '$item', n: { $sum: 1 }, qty: { $sum: '$qty' }, avgPrice: { $avg: '$price' }, stores: { $addToSet: '$store' }, first: { $first: '$_id' } } },
    ]);
  });
  it('skips null, missing and non-numeric values in $sum, $avg, $min and $max', () => {
    agreeWithMingo(
      [
        { _id: 1, g: 'a', v: 3 },
        { _id: 2, g: 'a', v: null },
        { _id: 3, g: 'a' },
        { _id: 4, g: 'b' },
        { _id: 5, g: 'a', v: 'text' },
        { _id: 6, g: 'a', v: -1 },
      ],
      [{ $group: { _id: '$g', lo: { $min: '$v' }, hi: { $max: '$v' }, s: { $sum: '$v' }, mean: { $avg: '$v' } } }],
    );
  });
  it('matches, unwinds, groups and sorts in sequence, like the MongoDB tutorial pipelines', () => {
    agreeWithMingo(sales, [{ $match: { qty: { $gte: 2 } } }, { $unwind: '$tags' }, { $group: { _id: '$tags', n: { $sum: 1 } } }, { $sort: { n: -1, _id: 1 } }]);
  });
  it('drops documents whose array is empty, null or missing when unwinding, unless asked to preserve them', () => {
    agreeWithMingo(sales, [{ $unwind: '$tags' }]);
    agreeWithMingo(sales, [{ $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }]);
  });
  it('sorts stably on several keys, numbers before strings', () => {
    agreeWithMingo(
      [
        { _id: 1, k: 'b', n: 2 },
        { _id: 2, k: 'a', n: 2 },
        { _id: 3, k: 'a', n: 'two' },
        { _id: 4, k: 'b', n: 1 },
        { _id: 5, k: 'a', n: 2 },
      ],
      [{ $sort: { n: 1, k: -1 } }],
    );
  });
  it('projects by inclusion, exclusion and computed fields', () => {
    agreeWithMingo(sales, [{ $project: { item: 1, qty: 1 } }]);
    agreeWithMingo(sales, [{ $project: { tags: 0, price: 0 } }]);
    agreeWithMingo(sales, [{ $project: { _id: 0, name: '$item', where: '$store' } }, { $limit: 3 }]);
  });
  it('agrees with mingo on generated documents and pipelines', () => {
    fc.assert(fc.property(docArb, pipelineArb, (docs, pipeline) => agreeWithMingo(docs, pipeline)), { numRuns: 200 });
  });
  it('leaves the input documents untouched', () => {
    fc.assert(
      fc.property(docArb, pipelineArb, (original, pipeline) => {
        const docs = structuredClone(original);
        aggregate(docs as never, pipeline as never);
        expect(docs, JSON.stringify(pipeline)).toEqual(original);
      }),
    );
  });
});
