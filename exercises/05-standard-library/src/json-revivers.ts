import { todo } from '@roadmap/todo';

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

/**
 * The replacer for `JSON.stringify(value, jsonReplacer)`. A `function`, not an arrow: it needs `this`.
 *
 * The trap: `JSON.stringify` calls `Date.prototype.toJSON` *before* the replacer, so `value` is
 * already a string for a Date. The original is still at `this[key]`.
 */
export function jsonReplacer(this: unknown, key: string, value: unknown): unknown {
  // TODO: tag Date (look at this[key]), bigint, Map and Set; return anything else unchanged.
  return todo('jsonReplacer');
}

/** The reviver for `JSON.parse(text, jsonReviver)`: turns the tagged objects back into their types. */
export function jsonReviver(this: unknown, key: string, value: unknown): unknown {
  // TODO: recognise exactly {"$type": <one of the four>, "value": ...} and rebuild the value.
  return todo('jsonReviver');
}

/** Python: `json.dumps(value, default=...)`: `JSON.stringify` with `jsonReplacer`. */
export function toJson(value: unknown, space?: string | number): string {
  // TODO
  return todo('toJson');
}

/** Python: `json.loads(text, object_hook=...)`: `JSON.parse` with `jsonReviver`. */
export function fromJson(text: string): unknown {
  // TODO
  return todo('fromJson');
}
