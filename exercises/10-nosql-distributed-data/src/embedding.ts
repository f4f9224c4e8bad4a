import { todo } from '@roadmap/todo';
import type { Doc } from './_documents.ts';

// Useful here: `deepEqual` from './_documents.ts'.

/** How children point at their parent: `child[foreignField] === parent[localField]`. */
export interface Relation {
  /** The parent's key field. Default `'_id'`. */
  localField?: string;
  /** The child's field holding the parent key. */
  foreignField: string;
  /** The parent field the embedded children live in. */
  as: string;
}

/**
 * Embeds children into their parents: like MongoDB's `$lookup` stage
 * `{ $lookup: { from: children, localField, foreignField, as } }`. Every parent copy gets an `as`
 * array (possibly empty) with copies of its children in their original order. Orphans are dropped.
 *
 * ```python
 * # authors: [{"_id": 1, "name": "Ursula"}], books: [{"title": "...", "author": 1}]
 * db.authors.aggregate([{"$lookup": {"from": "books", "localField": "_id",
 *                                    "foreignField": "author", "as": "books"}}])
 * ```
 */
export function denormalize(parents: readonly Doc[], children: readonly Doc[], relation: Relation): Doc[] {
  // TODO: one copy per parent with [as] = copies of the matching children.
  return todo('denormalize');
}

/**
 * Splits embedded children out into their own collection (the reverse of `denormalize`):
 * `parents` are copies without the `as` field; `children` are copies of every embedded child,
 * parent by parent in order, each with `foreignField` set to its parent's key.
 */
export function normalize(docs: readonly Doc[], relation: Relation): { parents: Doc[]; children: Doc[] } {
  // TODO: parents without [as]; every embedded child with [foreignField] = the parent key.
  return todo('normalize');
}
