// Mistake: leaves the embedded array in the parents returned by normalize.
import { type Doc, deepEqual } from './_documents.ts';

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
 */
export function denormalize(parents: readonly Doc[], children: readonly Doc[], relation: Relation): Doc[] {
  const localField = relation.localField ?? '_id';
  return parents.map((p) => ({
    ...structuredClone(p),
    [relation.as]: children.filter((c) => deepEqual(c[relation.foreignField], p[localField])).map((c) => structuredClone(c)),
  }));
}

/**
 * Splits embedded children out into their own collection (the reverse of `denormalize`):
 * `parents` are copies without the `as` field; `children` are copies of every embedded child,
 * parent by parent in order, each with `foreignField` set to its parent's key.
 */
export function normalize(docs: readonly Doc[], relation: Relation): { parents: Doc[]; children: Doc[] } {
  const localField = relation.localField ?? '_id';
  const parents: Doc[] = [];
  const children: Doc[] = [];
  for (const d of docs) {
    const { [relation.as]: embedded, ...rest } = structuredClone(d);
    parents.push(structuredClone(d));
    if (embedded === undefined || embedded === null) continue;
    if (!Array.isArray(embedded)) throw new TypeError(`"${relation.as}" must hold an array of subdocuments`);
    for (const child of embedded) {
      if (typeof child !== 'object' || child === null || Array.isArray(child)) throw new TypeError(`"${relation.as}" must hold subdocuments`);
      children.push({ ...child, [relation.foreignField]: structuredClone(d[localField]!) });
    }
  }
  return { parents, children };
}
