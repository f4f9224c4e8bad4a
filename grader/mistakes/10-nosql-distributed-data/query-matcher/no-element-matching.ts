// Mistake: compares an array field as a whole only, so { tags: "admin" } never matches ["admin", "dev"].
import { type Doc, type Value, deepEqual, isPlainObject } from './_documents.ts';

/** A MongoDB filter document: `{ field: value }`, `{ field: { $op: ... } }`, `$and`/`$or`/`$nor`. */
export type Query = { [key: string]: unknown };

const MISSING = Symbol('missing');
type Found = Value | typeof MISSING;

/**
 * Every value a dotted path reaches. Arrays met on the way fan out: `a.b` on
 * `{ a: [{ b: 1 }, { c: 2 }] }` reaches 1 and MISSING. A numeric segment also indexes an array.
 */
function resolve(doc: Value, path: string): Found[] {
  let current: Found[] = [doc];
  for (const seg of path.split('.')) {
    const next: Found[] = [];
    for (const v of current) {
      if (Array.isArray(v)) {
        if (/^\d+$/.test(seg)) next.push(Number(seg) < v.length ? v[Number(seg)]! : MISSING);
        for (const el of v) {
          if (isPlainObject(el)) next.push(Object.hasOwn(el, seg) ? el[seg]! : MISSING);
        }
      } else if (isPlainObject(v)) {
        next.push(Object.hasOwn(v, seg) ? v[seg]! : MISSING);
      } else {
        next.push(MISSING);
      }
    }
    current = next;
  }
  return current;
}

/** Values of one type bracket compare; 1 and "1" never do (MongoDB's type bracketing). */
function compare(a: Found, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** `{ field: x }` semantics: null also matches a missing field; an array matches if it or an element equals x. */
function equalsQueryValue(v: Found, x: unknown): boolean {
  if (x === null) return v === null || v === MISSING;
  return v !== MISSING && deepEqual(v, x);
}

/** True when `pred` holds for a reached value itself or, for an array, for one of its elements. */
function anyValueOrElement(found: Found[], pred: (v: Found) => boolean): boolean {
  return found.some((v) => pred(v));
}

const isOperatorObject = (x: unknown): x is Record<string, unknown> =>
  isPlainObject(x) && Object.keys(x).length > 0 && Object.keys(x).every((k) => k.startsWith('$'));

/** Applies `{ $op: arg, ... }` (every operator must hold) to the values reached by a path. */
function matchOperators(found: Found[], ops: Record<string, unknown>): boolean {
  return Object.entries(ops).every(([op, arg]) => {
    switch (op) {
      case '$eq':
        return anyValueOrElement(found, (v) => equalsQueryValue(v, arg));
      case '$ne':
        return !anyValueOrElement(found, (v) => equalsQueryValue(v, arg));
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        return anyValueOrElement(found, (v) => {
          const c = compare(v, arg);
          if (c === undefined) return false;
          return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0;
        });
      case '$in':
        return (arg as unknown[]).some((x) => anyValueOrElement(found, (v) => equalsQueryValue(v, x)));
      case '$nin':
        return !(arg as unknown[]).some((x) => anyValueOrElement(found, (v) => equalsQueryValue(v, x)));
      case '$exists':
        return found.some((v) => v !== MISSING) === Boolean(arg);
      case '$size':
        return found.some((v) => Array.isArray(v) && v.length === arg);
      case '$all': {
        const wanted = arg as unknown[];
        return wanted.length > 0 && found.some((v) => Array.isArray(v) && wanted.every((x) => v.some((e) => deepEqual(e, x))));
      }
      case '$elemMatch':
        return found.some(
          (v) =>
            Array.isArray(v) &&
            v.some((e) =>
              isOperatorObject(arg) ? matchOperators([e], arg as Record<string, unknown>) : isPlainObject(e) && matches(e, arg as Query),
            ),
        );
      case '$not':
        return !matchOperators(found, arg as Record<string, unknown>);
      default:
        throw new Error(`Unsupported query operator ${op}`);
    }
  });
}

/**
 * Python (pymongo): `collection.find(query)` keeps the documents for which this returns true.
 *
 * Supports `$eq $ne $gt $gte $lt $lte $in $nin $exists $and $or $nor $not $elemMatch $size $all`,
 * dotted paths through subdocuments and arrays, an array field matching when any element matches,
 * and `null` matching a missing field.
 */
export function matches(doc: Doc, query: Query): boolean {
  return Object.entries(query).every(([key, cond]) => {
    if (key === '$and') return (cond as Query[]).every((q) => matches(doc, q));
    if (key === '$or') return (cond as Query[]).some((q) => matches(doc, q));
    if (key === '$nor') return !(cond as Query[]).some((q) => matches(doc, q));
    if (key.startsWith('$')) throw new Error(`Unsupported top-level operator ${key}`);
    const found = resolve(doc, key);
    if (isOperatorObject(cond)) return matchOperators(found, cond);
    return anyValueOrElement(found, (v) => equalsQueryValue(v, cond));
  });
}
