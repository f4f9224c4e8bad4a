/**
 * Support file (the same in exercises/ and solutions/): the JSON-like values documents are made of.
 *
 * MongoDB stores BSON; these exercises use plain JSON values: numbers, strings, booleans, null,
 * arrays and plain objects. A missing field is simply absent (`undefined` when read).
 */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** A document: a plain object at the top level. */
export type Doc = { [key: string]: Value };

/** `true` for `{...}` objects (not arrays, not null). */
export function isPlainObject(v: unknown): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep equality of JSON values: arrays element by element in order, objects key by key (any key
 * order), numbers by value.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
