import { todo } from '@roadmap/todo';
import type { Doc, Value } from './_documents.ts';
import type { Query } from './query-matcher.ts';

// Useful here: `isPlainObject` and `deepEqual` from './_documents.ts', `matches` from
// './query-matcher.ts'.

/** `'$field.path'`, a literal, or an object of expressions (as a compound `_id`). */
export type Expression = Value;

export type Accumulator =
  | { $sum: Expression }
  | { $avg: Expression }
  | { $min: Expression }
  | { $max: Expression }
  | { $first: Expression }
  | { $last: Expression }
  | { $push: Expression }
  | { $addToSet: Expression }
  | { $count: Record<string, never> };

export type Stage =
  | { $match: Query }
  | { $group: { _id: Expression } & { [field: string]: Accumulator | Expression } }
  | { $sort: { [path: string]: 1 | -1 } }
  | { $project: { [path: string]: 0 | 1 | boolean | Expression } }
  | { $unwind: string | { path: string; preserveNullAndEmptyArrays?: boolean } }
  | { $limit: number };

/**
 * Python (pymongo): `list(collection.aggregate(pipeline))`, over an array of documents.
 *
 * ```python
 * orders.aggregate([
 *     {"$match": {"status": "paid"}},
 *     {"$unwind": "$items"},
 *     {"$group": {"_id": "$items.sku", "sold": {"$sum": "$items.qty"}, "orders": {"$sum": 1}}},
 *     {"$sort": {"sold": -1}},
 *     {"$limit": 5},
 * ])
 * ```
 *
 * Stages: `$match` (a query), `$group` (by an `_id` expression; `$sum $avg $min $max $first $last
 * $push $addToSet $count`; groups in order of first appearance), `$sort` (stable, MongoDB's order
 * across types: null/missing < numbers < strings < objects < arrays), `$project` (inclusion,
 * exclusion, computed `'$field'` values; `_id` kept unless excluded), `$unwind` (one document per
 * array element), `$limit`. The input documents are not modified.
 */
export function aggregate(docs: readonly Doc[], pipeline: readonly Stage[]): Doc[] {
  // TODO: copy the documents, then let each stage map the array to the next one.
  return todo('aggregate');
}
