// Mistake: removes only the first matching element in $pull.
import { type Doc, type Value, deepEqual, isPlainObject } from './_documents.ts';
import { matches } from './query-matcher.ts';

/** A MongoDB update document: `{ $set: { path: value }, $inc: { path: n }, ... }`. */
export type Update = {
  $set?: { [path: string]: Value };
  $unset?: { [path: string]: unknown };
  $inc?: { [path: string]: number };
  $push?: { [path: string]: Value | { $each: Value[] } };
  $addToSet?: { [path: string]: Value | { $each: Value[] } };
  $pull?: { [path: string]: unknown };
};

type Container = { [key: string]: Value } | Value[];

/** The parent container of a dotted path and the last segment, creating subdocuments when asked. */
function parentOf(root: Doc, path: string, create: boolean): { parent: Container; key: string } | undefined {
  const segs = path.split('.');
  let cur: Value = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i]!;
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg)) throw new Error(`Cannot use the part "${seg}" of "${path}" to traverse an array`);
      cur = cur[Number(seg)] ?? null;
      continue;
    }
    if (!isPlainObject(cur)) throw new Error(`Cannot create field "${seg}" in the element ${JSON.stringify(cur)} of "${path}"`);
    if (!Object.hasOwn(cur, seg) || cur[seg] === undefined) {
      if (!create) return undefined;
      cur[seg] = {};
    }
    cur = cur[seg]!;
  }
  if (!isPlainObject(cur) && !Array.isArray(cur)) {
    if (!create) return undefined;
    throw new Error(`Cannot create field "${segs.at(-1)}" in the element ${JSON.stringify(cur)} of "${path}"`);
  }
  return { parent: cur, key: segs[segs.length - 1]! };
}

function read(parent: Container, key: string): Value | undefined {
  if (Array.isArray(parent)) return /^\d+$/.test(key) ? parent[Number(key)] : undefined;
  return Object.hasOwn(parent, key) ? parent[key] : undefined;
}

function write(parent: Container, key: string, value: Value): void {
  if (Array.isArray(parent)) {
    if (!/^\d+$/.test(key)) throw new Error(`Cannot set field "${key}" of an array`);
    const i = Number(key);
    while (parent.length < i) parent.push(null); // MongoDB pads with null
    parent[i] = value;
  } else {
    parent[key] = value;
  }
}

/** The array at `path`, created empty when missing; throws when the field holds something else. */
function arrayAt(root: Doc, path: string, op: string): Value[] {
  const { parent, key } = parentOf(root, path, true)!;
  const current = read(parent, key);
  if (current === undefined) {
    const fresh: Value[] = [];
    write(parent, key, fresh);
    return fresh;
  }
  if (!Array.isArray(current)) throw new Error(`${op} needs an array at "${path}", found ${JSON.stringify(current)}`);
  return current;
}

const eachOf = (arg: unknown): Value[] =>
  isPlainObject(arg) && Object.hasOwn(arg, '$each') ? ((arg as { $each: Value[] }).$each ?? []) : [arg as Value];

/** Does an array element match a $pull condition: a value, an operator object, or a query document? */
function pulls(element: Value, cond: unknown): boolean {
  if (isPlainObject(cond) && Object.keys(cond).length > 0) {
    const keys = Object.keys(cond);
    if (keys.every((k) => k.startsWith('$'))) return matches({ v: element }, { v: cond });
    return isPlainObject(element) && matches(element, cond);
  }
  return deepEqual(element, cond);
}

/**
 * Python (pymongo): `collection.update_one(filter, update)`, applied to one document, without
 * touching the input: returns the updated copy.
 *
 * `$set` (creating missing subdocuments; an array index past the end pads with null), `$unset`,
 * `$inc` (a missing field starts at 0), `$push` and `$addToSet` (a missing field becomes an array;
 * `{ $each: [...] }` adds several; `$addToSet` skips values already present), `$pull` (removes
 * every element equal to a value or matching a condition). Throws, like MongoDB, on `$inc` of a
 * non-number and on `$push`/`$addToSet`/`$pull` of a field that is not an array.
 */
export function applyUpdate(doc: Doc, update: Update): Doc {
  const out = structuredClone(doc);
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, arg] of Object.entries(fields as Record<string, unknown>)) {
      switch (op) {
        case '$set': {
          const { parent, key } = parentOf(out, path, true)!;
          write(parent, key, structuredClone(arg as Value));
          break;
        }
        case '$unset': {
          const found = parentOf(out, path, false);
          if (!found || read(found.parent, found.key) === undefined) break;
          // Unsetting an array element leaves null in its place; a field is removed.
          if (Array.isArray(found.parent)) found.parent[Number(found.key)] = null;
          else delete found.parent[found.key];
          break;
        }
        case '$inc': {
          if (typeof arg !== 'number') throw new Error(`$inc needs a number for "${path}"`);
          const { parent, key } = parentOf(out, path, true)!;
          const current = read(parent, key);
          if (current !== undefined && typeof current !== 'number') {
            throw new Error(`Cannot apply $inc to the non-numeric value ${JSON.stringify(current)} of "${path}"`);
          }
          write(parent, key, (current ?? 0) + arg);
          break;
        }
        case '$push': {
          const arr = arrayAt(out, path, '$push');
          for (const v of eachOf(arg)) arr.push(structuredClone(v));
          break;
        }
        case '$addToSet': {
          const arr = arrayAt(out, path, '$addToSet');
          for (const v of eachOf(arg)) if (!arr.some((e) => deepEqual(e, v))) arr.push(structuredClone(v));
          break;
        }
        case '$pull': {
          const found = parentOf(out, path, false);
          const current = found && read(found.parent, found.key);
          if (current === undefined) break;
          if (!Array.isArray(current)) throw new Error(`Cannot apply $pull to the non-array value of "${path}"`);
          const at = current.findIndex((e) => pulls(e, arg));
          if (at >= 0) current.splice(at, 1);
          break;
        }
        default:
          throw new Error(`Unsupported update operator ${op}`);
      }
    }
  }
  return out;
}
