import { todo } from '@roadmap/todo';
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
  // TODO: split off the options object (when the first argument is one), validate the names,
  // work out the defaults of the rightmost fields, then build the callable type.
  // TODO: instances are frozen arrays whose prototype (Object.create(Array.prototype)) has a
  // getter per field plus replace, asDict, equals and toString; set Type.prototype to it so
  // instanceof works, and give Type its fields, typeName, fieldDefaults and make.
  return todo('defineTuple');
}
