// Mistake: checks `value instanceof Date` in the replacer, but JSON.stringify has already turned the Date into a string with toJSON, so Dates come back as strings.
/**
 * JSON for the types it does not know: `Date`, `BigInt`, `Map` and `Set` travel as tagged objects.
 *
 * Python: `json.dumps(obj, default=encode)` calls `encode` only for objects json cannot handle,
 * and `json.loads(s, object_hook=decode)` calls `decode` on every decoded dict:
 *
 * ```python
 * def encode(o):
 *     if isinstance(o, datetime): return {'$type': 'Date', 'value': o.isoformat()}
 *     raise TypeError
 * def decode(d):
 *     return datetime.fromisoformat(d['value']) if d.get('$type') == 'Date' else d
 * ```
 *
 * JavaScript's hooks: `JSON.stringify(v, replacer)` calls `replacer(key, value)` for every value,
 * with `this` the object holding it, and `JSON.parse(text, reviver)` calls `reviver(key, value)`
 * bottom-up (children before their parent).
 *
 * The wire format (`value` is itself encoded the same way, recursively):
 * - `Date`   → `{"$type":"Date","value":"1970-01-01T00:00:00.000Z"}` (`toISOString`; an invalid date: `null`)
 * - `bigint` → `{"$type":"BigInt","value":"12345678901234567890"}` (decimal string)
 * - `Map`    → `{"$type":"Map","value":[[key, value], ...]}` (keys of any type, in order)
 * - `Set`    → `{"$type":"Set","value":[item, ...]}`
 *
 * Everything else is left as `JSON.stringify`/`JSON.parse` handle it.
 */

type Tag = 'Date' | 'BigInt' | 'Map' | 'Set';
const tags = new Set<string>(['Date', 'BigInt', 'Map', 'Set']);

/**
 * The replacer for `JSON.stringify(value, jsonReplacer)`. A `function`, not an arrow: it needs `this`.
 *
 * The trap: `JSON.stringify` calls `Date.prototype.toJSON` *before* the replacer, so `value` is
 * already a string for a Date. The original is still at `this[key]`.
 */
export function jsonReplacer(this: unknown, key: string, value: unknown): unknown {
  const raw = value;
  if (raw instanceof Date) {
    return { $type: 'Date' satisfies Tag, value: Number.isNaN(raw.getTime()) ? null : raw.toISOString() };
  }
  if (typeof value === 'bigint') return { $type: 'BigInt' satisfies Tag, value: value.toString() };
  // Returning a new object is fine: stringify then walks it and calls the replacer on its parts.
  if (value instanceof Map) return { $type: 'Map' satisfies Tag, value: [...value] };
  if (value instanceof Set) return { $type: 'Set' satisfies Tag, value: [...value] };
  return value;
}

/** The reviver for `JSON.parse(text, jsonReviver)`: turns the tagged objects back into their types. */
export function jsonReviver(this: unknown, key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('$type') || !keys.includes('value')) return value;
  const { $type, value: inner } = value as { $type: unknown; value: unknown };
  if (typeof $type !== 'string' || !tags.has($type)) return value;
  // Revival runs bottom-up, so `inner` has already been revived: Map entries hold real Dates.
  switch ($type as Tag) {
    case 'Date':
      return new Date(inner === null ? NaN : (inner as string));
    case 'BigInt':
      return BigInt(inner as string);
    case 'Map':
      return new Map(inner as [unknown, unknown][]);
    case 'Set':
      return new Set(inner as unknown[]);
  }
}

/** Python: `json.dumps(value, default=...)`: `JSON.stringify` with `jsonReplacer`. */
export function toJson(value: unknown, space?: string | number): string {
  return JSON.stringify(value, jsonReplacer, space);
}

/** Python: `json.loads(text, object_hook=...)`: `JSON.parse` with `jsonReviver`. */
export function fromJson(text: string): unknown {
  return JSON.parse(text, jsonReviver) as unknown;
}
