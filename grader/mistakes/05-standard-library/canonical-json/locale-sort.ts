// Mistake: sorts keys with localeCompare (a human, locale-aware order) instead of by UTF-16 code units.
/** JSON data: what `JSON.parse` can return. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * RFC 8785, the JSON Canonicalization Scheme (JCS): one exact byte string per JSON value, so that
 * equal data hashes and signs the same.
 *
 * Python has no JCS in the standard library; the closest is
 * `json.dumps(v, sort_keys=True, separators=(',', ':'), ensure_ascii=False)`, which differs in two
 * places: Python sorts keys by code point (JCS: by UTF-16 code unit) and prints floats its own way
 * (`1e+16` where JCS wants `10000000000000000`).
 *
 * The rules:
 * - no whitespace between tokens;
 * - object members sorted by key, comparing the keys as arrays of UTF-16 code units
 *   (not by locale, not by code point), recursively; arrays keep their order;
 * - strings escaped as `JSON.stringify` escapes them (`\n`, `\"`, `\\`, `\u000f` for other controls,
 *   everything else as is);
 * - numbers printed as ECMAScript's Number-to-String (`1e+30`, `4.5`, `0.002`, `1e-27`, `-0` → `0`);
 *   NaN and ±Infinity are not JSON: throw `TypeError`;
 * - anything that is not JSON data (undefined, bigint, functions, Map, Date, class instances)
 *   throws `TypeError`.
 *
 * ```ts
 * canonicalJson({ b: [1, 2.50], a: 'x' }); // '{"a":"x","b":[1,2.5]}'
 * ```
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not a JSON number`);
      // JSON.stringify on a number is ECMAScript's Number::toString, which is what JCS mandates.
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new TypeError('only plain objects are JSON objects');
      // The default sort compares strings by UTF-16 code units: exactly JCS's order.
      const keys = Object.keys(value).sort((x, y) => x.localeCompare(y));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`a ${typeof value} is not JSON data`);
  }
}
