// Mistake: lets null and missing values win $min (they sort first) instead of skipping them.
import { type Doc, type Value, deepEqual, isPlainObject } from './_documents.ts';
import { type Query, matches } from './query-matcher.ts';

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

/** The value at a dotted path (no array fan-out: these stages read plain subdocuments), or undefined. */
function get(doc: Value | undefined, path: string): Value | undefined {
  let cur: Value | undefined = doc;
  for (const seg of path.split('.')) {
    if (!isPlainObject(cur) || !Object.hasOwn(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

/** Evaluates an expression against a document; undefined means "missing". */
function evaluate(doc: Doc, expr: Expression): Value | undefined {
  if (typeof expr === 'string' && expr.startsWith('$')) return get(doc, expr.slice(1));
  if (isPlainObject(expr)) {
    const out: Doc = {};
    for (const [k, e] of Object.entries(expr)) {
      const v = evaluate(doc, e);
      if (v !== undefined) out[k] = v; // a missing field is left out of the object
    }
    return out;
  }
  return expr;
}

/** MongoDB's order across types: null/missing < numbers < strings < objects < arrays < booleans. */
const rank = (v: Value | undefined) =>
  v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : isPlainObject(v) ? 3 : Array.isArray(v) ? 4 : 5;

function compareValues(a: Value | undefined, b: Value | undefined): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  // Objects: field by field (name, then value) in their order; a prefix sorts first.
  const ea = Object.entries(a as Doc);
  const eb = Object.entries(b as Doc);
  for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
    const [ka, va] = ea[i]!;
    const [kb, vb] = eb[i]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const c = compareValues(va, vb);
    if (c !== 0) return c;
  }
  return ea.length - eb.length;
}

function group(docs: Doc[], spec: { _id: Expression } & { [field: string]: Accumulator | Expression }): Doc[] {
  const groups: { key: Value; members: Doc[] }[] = [];
  for (const d of docs) {
    const key = evaluate(d, spec._id) ?? null;
    let g = groups.find((x) => deepEqual(x.key, key));
    if (!g) groups.push((g = { key, members: [] }));
    g.members.push(d);
  }
  return groups.map(({ key, members }) => {
    const out: Doc = { _id: key };
    for (const [field, acc] of Object.entries(spec)) {
      if (field === '_id') continue;
      const [op, expr] = Object.entries(acc as Record<string, Expression>)[0]!;
      const values = members.map((m) => evaluate(m, expr));
      const numbers = values.filter((v): v is number => typeof v === 'number');
      const present = values.filter((v): v is Value => v !== undefined && v !== null);
      switch (op) {
        case '$sum':
          out[field] = numbers.reduce((s, v) => s + v, 0);
          break;
        case '$avg':
          out[field] = numbers.length ? numbers.reduce((s, v) => s + v, 0) / numbers.length : null;
          break;
        case '$min':
          out[field] = values.reduce((m: Value | undefined, v) => (compareValues(v, m) < 0 ? v : m), values[0]) ?? null;
          break;
        case '$max':
          out[field] = present.length ? present.reduce((m, v) => (compareValues(v, m) > 0 ? v : m)) : null;
          break;
        case '$first':
          out[field] = values[0] ?? null;
          break;
        case '$last':
          out[field] = values[values.length - 1] ?? null;
          break;
        case '$push':
          out[field] = values.filter((v): v is Value => v !== undefined);
          break;
        case '$addToSet': {
          const set: Value[] = [];
          for (const v of values) if (v !== undefined && !set.some((s) => deepEqual(s, v))) set.push(v);
          out[field] = set;
          break;
        }
        case '$count':
          out[field] = members.length;
          break;
        default:
          throw new Error(`Unsupported accumulator ${op}`);
      }
    }
    return out;
  });
}

function project(doc: Doc, spec: { [path: string]: 0 | 1 | boolean | Expression }): Doc {
  const entries = Object.entries(spec);
  const isFlag = (v: unknown) => v === 0 || v === 1 || v === true || v === false;
  const excluding = entries.some(([k, v]) => k !== '_id' && (v === 0 || v === false));
  if (excluding) {
    // Exclusion: copy everything, then delete the named paths (and _id when it says 0).
    const out = structuredClone(doc);
    for (const [path, v] of entries) {
      if (v !== 0 && v !== false) continue;
      const segs = path.split('.');
      let parent: Value | undefined = out;
      for (const s of segs.slice(0, -1)) parent = isPlainObject(parent) ? parent[s] : undefined;
      if (isPlainObject(parent)) delete parent[segs[segs.length - 1]!];
    }
    return out;
  }
  // Inclusion: _id (unless excluded), the included paths, and computed fields.
  const out: Doc = {};
  if (spec._id !== 0 && spec._id !== false && doc._id !== undefined) out._id = structuredClone(doc._id);
  for (const [path, v] of entries) {
    if (path === '_id') continue;
    const value = isFlag(v) ? get(doc, path) : evaluate(doc, v as Expression);
    if (value === undefined) continue;
    const segs = path.split('.');
    let target: Doc = out;
    for (const s of segs.slice(0, -1)) {
      if (!isPlainObject(target[s])) target[s] = {};
      target = target[s] as Doc;
    }
    target[segs[segs.length - 1]!] = structuredClone(value);
  }
  return out;
}

function unwind(docs: Doc[], spec: string | { path: string; preserveNullAndEmptyArrays?: boolean }): Doc[] {
  const { path, preserveNullAndEmptyArrays = false } = typeof spec === 'string' ? { path: spec } : spec;
  const field = path.slice(1);
  const segs = field.split('.');
  const withValue = (d: Doc, v: Value | undefined): Doc => {
    const copy = structuredClone(d);
    let parent: Value | undefined = copy;
    for (const s of segs.slice(0, -1)) parent = isPlainObject(parent) ? parent[s] : undefined;
    if (isPlainObject(parent)) {
      if (v === undefined) delete parent[segs[segs.length - 1]!];
      else parent[segs[segs.length - 1]!] = v;
    }
    return copy;
  };
  return docs.flatMap((d) => {
    const v = get(d, field);
    if (Array.isArray(v)) {
      if (v.length > 0) return v.map((e) => withValue(d, e));
      // An empty array: dropped, or kept without the field.
      return preserveNullAndEmptyArrays ? [withValue(d, undefined)] : [];
    }
    if (v === undefined || v === null) return preserveNullAndEmptyArrays ? [structuredClone(d)] : [];
    return [structuredClone(d)]; // a non-array value counts as a one-element array
  });
}

/**
 * Python (pymongo): `list(collection.aggregate(pipeline))`, over an array of documents.
 *
 * Stages: `$match` (a query), `$group` (by an `_id` expression; `$sum $avg $min $max $first $last
 * $push $addToSet $count`; groups in order of first appearance), `$sort` (stable, MongoDB's order
 * across types), `$project` (inclusion, exclusion, computed `'$field'` values), `$unwind` (one
 * document per array element), `$limit`. The input documents are not modified.
 */
export function aggregate(docs: readonly Doc[], pipeline: readonly Stage[]): Doc[] {
  let out: Doc[] = docs.map((d) => structuredClone(d));
  for (const stage of pipeline) {
    const [name, spec] = Object.entries(stage)[0]!;
    switch (name) {
      case '$match':
        out = out.filter((d) => matches(d, spec as Query));
        break;
      case '$group':
        out = group(out, spec as { _id: Expression });
        break;
      case '$sort': {
        const keys = Object.entries(spec as Record<string, 1 | -1>);
        // Array.prototype.sort is stable: ties keep their order.
        out = [...out].sort((a, b) => {
          for (const [path, dir] of keys) {
            const c = compareValues(get(a, path), get(b, path));
            if (c !== 0) return dir * c;
          }
          return 0;
        });
        break;
      }
      case '$project':
        out = out.map((d) => project(d, spec as Record<string, 0 | 1>));
        break;
      case '$unwind':
        out = unwind(out, spec as string);
        break;
      case '$limit':
        out = out.slice(0, spec as number);
        break;
      default:
        throw new Error(`Unsupported stage ${name}`);
    }
  }
  return out;
}
