// Mistake: forgets that promise resolution reads `then`, so returning a record from an async function rejects with 'unknown field'.
export type FieldType = 'string' | 'number' | 'integer' | 'boolean';
export interface FieldSpec {
  type: FieldType;
  /** May be missing or `undefined`. @default false */
  optional?: boolean;
  /** Set once, at creation. @default false */
  readonly?: boolean;
}
/** Field name → type name, or a full spec. */
export type Schema = Record<string, FieldType | FieldSpec>;

type TypeOf<T extends FieldType> = T extends 'string' ? string : T extends 'boolean' ? boolean : number;
type SpecOf<F> = F extends FieldType ? { type: F } : F;
type ValueOf<F> = SpecOf<F> extends { type: infer T extends FieldType } ? TypeOf<T> : never;
type IsOptional<F> = SpecOf<F> extends { optional: true } ? true : false;
type IsReadonly<F> = SpecOf<F> extends { readonly: true } ? true : false;

/** The values `make(...)` takes: required fields must be there, optional ones may be left out. */
export type RecordInput<S extends Schema> = { [K in keyof S as IsOptional<S[K]> extends true ? never : K]: ValueOf<S[K]> } & {
  [K in keyof S as IsOptional<S[K]> extends true ? K : never]?: ValueOf<S[K]>;
};
/** A record of schema `S`: a field per schema entry, readonly ones marked so. */
export type RecordOf<S extends Schema> = { -readonly [K in keyof S as IsReadonly<S[K]> extends true ? never : K]: IsOptional<S[K]> extends true ? ValueOf<S[K]> | undefined : ValueOf<S[K]> } & {
  readonly [K in keyof S as IsReadonly<S[K]> extends true ? K : never]: IsOptional<S[K]> extends true ? ValueOf<S[K]> | undefined : ValueOf<S[K]>;
};

/** What `createRecord` returns: call it to make records. */
export interface RecordType<S extends Schema> {
  (values: RecordInput<S>): RecordOf<S>;
  /** The field names, in schema order. */
  readonly fields: string[];
}

/**
 * Python controls attribute access with dunder methods:
 * ```python
 * class Person:
 *     __slots__ = ("name", "age")           # no other attributes
 *     def __setattr__(self, key, value):    # validate every assignment
 *         ...
 *     def __getattr__(self, key):           # called for missing attributes
 *         raise AttributeError(key)
 * ```
 * JavaScript does it with a `Proxy`: an object whose every operation (get, set, delete, `in`,
 * `Object.keys`, ...) goes through a "trap" function you write.
 * ```ts
 * const Person = createRecord({ name: 'string', age: 'integer', email: { type: 'string', optional: true } }, { name: 'Person' });
 * const ada = Person({ name: 'Ada', age: 36 });
 * ada.age = 37;        // ok
 * ada.age = 'old';     // TypeError: age must be an integer
 * ada.agee;            // TypeError: unknown field "agee"
 * ```
 * Rules for a record (every violation is a `TypeError` that names the field):
 * - Creation: every required field present, no unknown keys (all missing/unknown ones listed),
 *   every value of its type. Types: `string`, `boolean`, `number` (not NaN), `integer`.
 *   Optional fields accept `undefined`.
 * - get: a schema field gives its value; symbols and names found on the prototype chain
 *   (`toString`, `hasOwnProperty`, ...) behave normally; `then` reads as `undefined`, so a record
 *   can be returned from an async function; any other name throws.
 * - set / `Object.defineProperty`: only schema fields, only values of the right type, never a
 *   readonly field; a refused write changes nothing.
 * - delete: always refused.
 * - `Object.keys` / `for...in` / spread / `JSON.stringify`: every schema field, in schema order
 *   (optional ones too, `undefined` when unset); `'x' in record` is true for fields.
 * - `String(record)`: `Person(name="Ada", age=36, email=undefined)` (values via JSON.stringify,
 *   `undefined` as is; the name option defaults to `'Record'`).
 * `createRecord` itself throws a `TypeError` for an unknown type name in the schema.
 */
const TYPES: Record<FieldType, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && !Number.isNaN(v),
  integer: (v) => Number.isInteger(v),
};

type Field = { type: FieldType; optional: boolean; readonly: boolean };

export function createRecord<const S extends Schema>(schema: S, options: { name?: string } = {}): RecordType<S> {
  const typeName = options.name ?? 'Record';
  const fields = new Map<string, Field>();
  for (const [key, raw] of Object.entries(schema)) {
    const spec: FieldSpec = typeof raw === 'string' ? { type: raw } : raw;
    if (!Object.hasOwn(TYPES, spec.type)) throw new TypeError(`field "${key}": unknown type "${String(spec.type)}"`);
    fields.set(key, { type: spec.type, optional: spec.optional ?? false, readonly: spec.readonly ?? false });
  }
  const names = [...fields.keys()];

  const check = (key: string, value: unknown): void => {
    const f = fields.get(key)!;
    if (value === undefined && f.optional) return;
    if (!TYPES[f.type](value)) throw new TypeError(`field "${key}" must be ${f.type === 'integer' ? 'an' : 'a'} ${f.type}, got ${JSON.stringify(value) ?? String(value)}`);
  };
  const unknown = (key: string): never => {
    throw new TypeError(`${typeName} has no field "${key}" (fields: ${names.join(', ')})`);
  };

  // Methods every record inherits; the target's prototype, so the get trap finds them with `in`.
  const proto = {
    toJSON(this: Record<string, unknown>) {
      return Object.fromEntries(names.map((k) => [k, this[k]]));
    },
    toString(this: Record<string, unknown>) {
      const shown = names.map((k) => `${k}=${this[k] === undefined ? 'undefined' : JSON.stringify(this[k])}`);
      return `${typeName}(${shown.join(', ')})`;
    },
  };

  const handler: ProxyHandler<Record<string, unknown>> = {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || fields.has(key) || key in target) return Reflect.get(target, key, receiver);
      return unknown(key);
    },
    set(target, key, value) {
      if (typeof key === 'symbol' || !fields.has(key)) return unknown(String(key));
      if (fields.get(key)!.readonly) throw new TypeError(`field "${key}" is read-only`);
      check(key, value);
      target[key] = value;
      return true;
    },
    deleteProperty(_target, key) {
      throw new TypeError(`cannot delete field "${String(key)}"`);
    },
    has(target, key) {
      return (typeof key === 'string' && fields.has(key)) || Reflect.has(target, key);
    },
    ownKeys() {
      return [...names];
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'string' || !fields.has(key)) return undefined;
      return { value: target[key], writable: !fields.get(key)!.readonly, enumerable: true, configurable: true };
    },
    defineProperty(target, key, descriptor) {
      if (typeof key === 'symbol' || !fields.has(key)) return unknown(String(key));
      if (!('value' in descriptor)) throw new TypeError(`field "${key}" must be a plain data property`);
      if (fields.get(key)!.readonly) throw new TypeError(`field "${key}" is read-only`);
      check(key, descriptor.value);
      target[key] = descriptor.value;
      return true;
    },
    setPrototypeOf() {
      throw new TypeError(`cannot change the prototype of a ${typeName}`);
    },
  };

  const make = (values: RecordInput<S>): RecordOf<S> => {
    if (typeof values !== 'object' || values === null) throw new TypeError(`${typeName} needs an object of field values`);
    const given = values as Record<string, unknown>;
    const extra = Object.keys(given).filter((k) => !fields.has(k));
    if (extra.length) throw new TypeError(`${typeName}: unknown field(s) ${extra.join(', ')}`);
    const missing = names.filter((k) => !fields.get(k)!.optional && given[k] === undefined);
    if (missing.length) throw new TypeError(`${typeName}: missing field(s) ${missing.join(', ')}`);
    const target = Object.create(proto) as Record<string, unknown>;
    for (const k of names) {
      check(k, given[k]);
      target[k] = given[k];
    }
    return new Proxy(target, handler) as unknown as RecordOf<S>;
  };
  // A getter handing out a copy: callers cannot edit the field list through it.
  Object.defineProperty(make, 'fields', { get: () => [...names], enumerable: true });
  return make as RecordType<S>;
}
