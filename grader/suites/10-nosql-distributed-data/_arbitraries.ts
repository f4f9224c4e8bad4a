// fast-check arbitraries shared by the 10-nosql-distributed-data suites: small documents and
// queries in the region where mingo and MongoDB agree (no object-valued query operands, no
// numeric path segments, no nested arrays, null compared only on single-segment paths, and
// $elemMatch only with operator conditions: mingo applies a query-document $elemMatch to scalar
// elements too, and $size/$all/$elemMatch only on top-level fields).
import fc from 'fast-check';

export type Value = null | number | string | Value[] | { [key: string]: Value };
export type Doc = { [key: string]: Value };

export const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'y', 'z'));
export const leaf: fc.Arbitrary<Value> = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant(null) });
const scalarArray = fc.array(leaf, { maxLength: 4 });
const sub: fc.Arbitrary<Value> = fc.record({ a: fc.oneof(leaf, scalarArray), b: fc.oneof(leaf, scalarArray) }, { requiredKeys: [], noNullPrototype: true });
// Subdocuments inside arrays hold scalars only (an array reached through an array is another
// place where mingo and MongoDB part ways).
const flatSub: fc.Arbitrary<Value> = fc.record({ a: leaf, b: leaf }, { requiredKeys: [], noNullPrototype: true });
const fieldValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: leaf },
  { weight: 2, arbitrary: fc.array(fc.oneof(leaf, flatSub), { maxLength: 4 }) },
  { weight: 2, arbitrary: sub },
);

/** A document with some of the fields a, b, c. */
export const doc: fc.Arbitrary<Doc> = fc.record({ a: fieldValue, b: fieldValue, c: fieldValue }, { requiredKeys: [], noNullPrototype: true }) as fc.Arbitrary<Doc>;

const topPaths = ['a', 'b', 'c'];
const dottedPaths = ['a.a', 'a.b', 'b.a', 'b.b', 'c.a'];

/** An operator expression `{ $op: arg }` for a path; null operands only on single-segment paths. */
function operatorExpr(path: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const nullable = !path.includes('.');
  const eqValue = nullable ? fc.oneof(leaf, fc.array(scalar, { maxLength: 2 })) : scalar;
  const listValue = fc.array(nullable ? leaf : scalar, { minLength: 0, maxLength: 3 });
  const options: fc.Arbitrary<Record<string, unknown>>[] = [
    eqValue.map((v) => ({ $eq: v })),
    eqValue.map((v) => ({ $ne: v })),
    fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), scalar).map(([op, v]) => ({ [op]: v })),
    fc.tuple(fc.constantFrom('$gt', '$gte'), fc.integer({ min: -3, max: 3 }), fc.constantFrom('$lt', '$lte'), fc.integer({ min: -3, max: 3 })).map(
      ([o1, v1, o2, v2]) => ({ [o1]: v1, [o2]: v2 }),
    ),
    listValue.map((v) => ({ $in: v })),
    listValue.map((v) => ({ $nin: v })),
    fc.boolean().map((v) => ({ $exists: v })),
  ];
  // Array operators only on top-level fields: through an array of subdocuments mingo gathers the
  // reached values into one array, where MongoDB looks at each value.
  if (nullable) {
    options.push(
      fc.integer({ min: 0, max: 3 }).map((v) => ({ $size: v })),
      fc.array(scalar, { minLength: 1, maxLength: 2 }).map((v) => ({ $all: v })),
      fc.tuple(fc.constantFrom('$gt', '$lt'), fc.integer({ min: -3, max: 3 })).map(([op, v]) => ({ $elemMatch: { [op]: v } })),
    );
  }
  if (depth > 0) {
    const inner = [
      fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), scalar).map(([op, v]) => ({ [op]: v })),
      fc.array(scalar, { maxLength: 2 }).map((v) => ({ $in: v })),
    ];
    if (nullable) inner.push(fc.integer({ min: 0, max: 2 }).map((v) => ({ $size: v })));
    options.push(fc.oneof(...inner).map((e) => ({ $not: e })));
  }
  return fc.oneof(...options);
}

const fieldCondition: fc.Arbitrary<[string, unknown]> = fc.constantFrom(...topPaths, ...dottedPaths).chain((path) =>
  fc.oneof(
    { weight: 1, arbitrary: (path.includes('.') ? scalar : leaf).map((v): [string, unknown] => [path, v]) },
    { weight: 3, arbitrary: operatorExpr(path, 1).map((e): [string, unknown] => [path, e]) },
  ),
);

/** A filter: one or two field conditions, or $and / $or / $nor of smaller filters. */
export const query: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ q: Record<string, unknown> }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.array(fieldCondition, { minLength: 1, maxLength: 2 }).map((conds) => Object.fromEntries(conds)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('$and', '$or', '$nor'), fc.array(tie('q'), { minLength: 1, maxLength: 3 }))
        .map(([op, qs]) => ({ [op]: qs })),
    },
  ),
})).q;
