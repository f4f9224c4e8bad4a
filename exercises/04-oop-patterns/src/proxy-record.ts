import { todo } from '@roadmap/todo';

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
export function createRecord<const S extends Schema>(schema: S, options: { name?: string } = {}): RecordType<S> {
  // TODO: normalise the schema; return a function that validates its input, builds a target
  // object and returns `new Proxy(target, { get, set, deleteProperty, has, ownKeys,
  // getOwnPropertyDescriptor, defineProperty })`.
  return todo('createRecord');
}
