import { todo } from '@roadmap/todo';
import type { Doc } from './_documents.ts';

// Useful here: `isPlainObject` and `deepEqual` from './_documents.ts'.

/** A MongoDB filter document: `{ field: value }`, `{ field: { $op: ... } }`, `$and`/`$or`/`$nor`. */
export type Query = { [key: string]: unknown };

/**
 * Python (pymongo): `collection.find(query)` keeps the documents for which this returns true.
 *
 * ```python
 * users.find({"age": {"$gte": 18, "$lt": 65}, "tags": "admin"})
 * users.find({"$or": [{"address.city": "Paris"}, {"nickname": None}]})
 * ```
 * ```ts
 * docs.filter((d) => matches(d, { age: { $gte: 18, $lt: 65 }, tags: 'admin' }));
 * docs.filter((d) => matches(d, { $or: [{ 'address.city': 'Paris' }, { nickname: null }] }));
 * ```
 *
 * Supports `$eq $ne $gt $gte $lt $lte $in $nin $exists $and $or $nor $not $elemMatch $size $all`,
 * dotted paths through subdocuments and arrays, an array field matching when any element matches,
 * and `null` matching a missing field. Throws on an operator it does not know.
 */
export function matches(doc: Doc, query: Query): boolean {
  // TODO: every top-level key must hold: $and/$or/$nor recurse; otherwise resolve the dotted path
  //       to the values it reaches (fanning out through arrays, marking missing fields) and test
  //       the condition: an operator object ({ $gt: 1, ... }) or an implicit equality.
  return todo('matches');
}
