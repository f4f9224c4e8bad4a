import { todo } from '@roadmap/todo';
import type { Doc, Value } from './_documents.ts';

// Useful here: `isPlainObject` and `deepEqual` from './_documents.ts', `matches` from
// './query-matcher.ts' (for $pull conditions).

/** A MongoDB update document: `{ $set: { path: value }, $inc: { path: n }, ... }`. */
export type Update = {
  $set?: { [path: string]: Value };
  $unset?: { [path: string]: unknown };
  $inc?: { [path: string]: number };
  $push?: { [path: string]: Value | { $each: Value[] } };
  $addToSet?: { [path: string]: Value | { $each: Value[] } };
  $pull?: { [path: string]: unknown };
};

/**
 * Python (pymongo): `collection.update_one(filter, update)`, applied to one document, without
 * touching the input: returns the updated copy.
 *
 * ```python
 * users.update_one({"_id": 1}, {"$set": {"address.city": "Paris"}, "$inc": {"visits": 1},
 *                               "$addToSet": {"tags": "vip"}, "$pull": {"scores": {"$lt": 50}}})
 * ```
 *
 * `$set` (creating missing subdocuments; an array index past the end pads with null), `$unset`,
 * `$inc` (a missing field starts at 0), `$push` and `$addToSet` (a missing field becomes an array;
 * `{ $each: [...] }` adds several; `$addToSet` skips values already present), `$pull` (removes
 * every element equal to a value or matching a condition). Throws, like MongoDB, on `$inc` of a
 * non-number and on `$push`/`$addToSet`/`$pull` of a field that is not an array.
 */
export function applyUpdate(doc: Doc, update: Update): Doc {
  // TODO: copy the document, then apply every operator to every path it names.
  return todo('applyUpdate');
}
