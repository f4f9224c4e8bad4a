import { ValueError } from './_errors.ts';

export interface TupleOptions {
  /** Python: the typename, shown by `toString()`. Default `'Tuple'`. */
  name?: string;
  /** Python: `defaults=`: default values for the rightmost fields. */
  defaults?: readonly unknown[];
}

/** One instance: a frozen array (index, destructure, spread it) with a getter per field. */
export type NamedTuple<F extends readonly string[]> = readonly unknown[] & { readonly [K in F[number]]: unknown } & {
  /** Python: `t._replace(x=3)`: a new tuple with some fields changed. */
  replace(changes: Partial<Record<F[number], unknown>>): NamedTuple<F>;
  /** Python: `t._asdict()`: a plain object in field order. */
  asDict(): Record<F[number], unknown>;
  /** Python: `t == other`: same length and equal items, whatever the other's type (a plain array too). */
  equals(other: readonly unknown[]): boolean;
  /** Python: `repr(t)`: `Point(x=1, y='a')`, values shown as Python shows None, True/False, numbers and strings. */
  toString(): string;
};

/** The "class" `defineTuple` returns. Call it (no `new`) like Python's `Point(1, 2)`; `t instanceof Point` works. */
export interface TupleType<F extends readonly string[]> {
  (...values: unknown[]): NamedTuple<F>;
  /** Python: `Point._fields`. */
  readonly fields: F;
  /** Python: `Point.__name__`. */
  readonly typeName: string;
  /** Python: `Point._field_defaults`. */
  readonly fieldDefaults: Partial<Record<F[number], unknown>>;
  /** Python: `Point._make(iterable)`: exactly one value per field (defaults not applied). */
  make(values: Iterable<unknown>): NamedTuple<F>;
}

const identifier = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const reserved = new Set(['replace', 'asDict', 'equals', 'toString', 'constructor']);

/** Python's repr for the values a tuple usually holds. */
function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') {
    // Python prefers single quotes and switches to double quotes when that avoids escaping.
    if (v.includes("'") && !v.includes('"')) return `"${v}"`;
    return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(v)) {
    if (typeof (v as { asDict?: unknown }).asDict === 'function') return String(v);
    return `[${v.map(pyRepr).join(', ')}]`;
  }
  return String(v);
}

function itemsEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return Array.isArray(x) && Array.isArray(y) ? itemsEqual(x, y) : x === y;
  });
}

/**
 * Python: `collections.namedtuple`.
 *
 * ```python
 * Point = namedtuple('Point', ['x', 'y'])
 * p = Point(1, 2)
 * p.x, p[1], list(p)            # 1, 2, [1, 2]
 * p._replace(x=3)               # Point(x=3, y=2)
 * p == (1, 2)                   # True
 * p.x = 5                       # AttributeError: immutable
 * ```
 *
 * ```ts
 * const Point = defineTuple({ name: 'Point' }, 'x', 'y');
 * const p = Point(1, 2);
 * p.x; p[1]; [...p];
 * p.replace({ x: 3 }).toString(); // 'Point(x=3, y=2)'
 * p.equals([1, 2]);               // true
 * ```
 *
 * Field names must be identifiers, must not start with `_`, must be unique and must not clash with
 * array members (`length`, `map`, …) or the tuple's own methods: otherwise `ValueError`. Wrong
 * argument counts throw `TypeError` (as in Python).
 */
export function defineTuple<const F extends readonly string[]>(...fields: F): TupleType<F>;
export function defineTuple<const F extends readonly string[]>(options: TupleOptions, ...fields: F): TupleType<F>;
export function defineTuple(...args: unknown[]): TupleType<readonly string[]> {
  const options: TupleOptions = typeof args[0] === 'object' && args[0] !== null ? (args.shift() as TupleOptions) : {};
  const fields = args as string[];
  const name = options.name ?? 'Tuple';
  const defaults = options.defaults ?? [];

  if (!identifier.test(name)) throw new ValueError(`Type names must be valid identifiers: ${JSON.stringify(name)}`);
  const seen = new Set<string>();
  for (const f of fields) {
    if (typeof f !== 'string' || !identifier.test(f)) throw new ValueError(`Field names must be valid identifiers: ${JSON.stringify(f)}`);
    if (f.startsWith('_')) throw new ValueError(`Field names cannot start with an underscore: ${JSON.stringify(f)}`);
    if (f in Array.prototype || reserved.has(f)) throw new ValueError(`Field name clashes with a tuple member: ${JSON.stringify(f)}`);
    if (seen.has(f)) throw new ValueError(`Encountered duplicate field name: ${JSON.stringify(f)}`);
    seen.add(f);
  }
  if (defaults.length > fields.length) throw new TypeError('Got more default values than field names');

  // Defaults belong to the rightmost fields, as in Python.
  const fieldDefaults: Record<string, unknown> = {};
  fields.slice(fields.length - defaults.length).forEach((f, i) => {
    fieldDefaults[f] = defaults[i];
  });
  const required = fields.length - defaults.length;

  // Instances are real arrays whose prototype adds the field getters and methods.
  const proto = Object.create(Array.prototype) as Record<string, unknown>;
  const build = (values: unknown[]) => Object.freeze(Object.setPrototypeOf(values, proto)) as NamedTuple<readonly string[]>;

  const Type = function (...values: unknown[]) {
    if (values.length < required || values.length > fields.length) {
      throw new TypeError(`${name}() takes ${required === fields.length ? fields.length : `from ${required} to ${fields.length}`} arguments but ${values.length} were given`);
    }
    return build([...values, ...defaults.slice(values.length - required)]);
  } as unknown as TupleType<readonly string[]>;

  fields.forEach((f, i) => {
    Object.defineProperty(proto, f, { get(this: unknown[]) { return this[i]; }, enumerable: false });
  });
  Object.defineProperties(proto, {
    constructor: { value: Type, writable: true, configurable: true },
    replace: {
      value(this: unknown[], changes: Record<string, unknown>) {
        const unknownFields = Object.keys(changes).filter((k) => !fields.includes(k));
        if (unknownFields.length) throw new ValueError(`Got unexpected field names: ${unknownFields.join(', ')}`);
        return build(fields.map((f, i) => (Object.hasOwn(changes, f) ? changes[f] : this[i])));
      },
    },
    asDict: {
      value(this: unknown[]) {
        return Object.fromEntries(fields.map((f, i) => [f, this[i]]));
      },
    },
    equals: {
      value(this: unknown[], other: readonly unknown[]) {
        return Array.isArray(other) && itemsEqual(this, other);
      },
    },
    toString: {
      value(this: unknown[]) {
        return `${name}(${fields.map((f, i) => `${f}=${pyRepr(this[i])}`).join(', ')})`;
      },
    },
  });
  Object.defineProperties(Type, {
    prototype: { value: proto },
    name: { value: name },
    fields: { value: Object.freeze([...fields]) },
    typeName: { value: name },
    fieldDefaults: { value: Object.freeze(fieldDefaults) },
    make: {
      value(values: Iterable<unknown>) {
        const list = [...values];
        if (list.length !== fields.length) throw new TypeError(`Expected ${fields.length} arguments, got ${list.length}`);
        return build(list);
      },
    },
  });
  return Type;
}
