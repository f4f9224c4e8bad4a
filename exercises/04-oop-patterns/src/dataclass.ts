import { todo } from '@roadmap/todo';

/** Field types from the defaults: a factory `() => T` gives `T`, any other default its own type. */
export type FieldsOf<D> = { [K in keyof D]: D[K] extends () => infer R ? R : D[K] };

/** Methods every data instance has. */
export interface DataMethods<F> {
  /** Same data class and every field equal (see `defineData`). */
  equals(other: unknown): boolean;
  /** A 32-bit integer; equal instances always have equal hash codes. */
  hashCode(): number;
  /** A new instance with some fields changed (Python `dataclasses.replace`). */
  with(changes: Partial<F>): DataInstance<F>;
  /** `Point(x=1, y=2)`. */
  toString(): string;
  /** The fields as a plain object. */
  toJSON(): F;
}
export type DataInstance<F> = Readonly<F> & DataMethods<F>;

export interface DataClass<F> {
  new (values?: Partial<F>): DataInstance<F>;
  /** The field names, in the order of the defaults. */
  readonly fields: string[];
}

/**
 * Python:
 * ```python
 * @dataclass(frozen=True)
 * class Point:
 *     x: float = 0
 *     y: float = 0
 *     tags: list[str] = field(default_factory=list)
 *
 * p = Point(x=1)
 * p == Point(1, 0)           # True: compares the fields
 * hash(p) == hash(Point(1))  # True: equal objects hash equal
 * replace(p, y=5)            # a new Point(x=1, y=5)
 * p.x = 3                    # FrozenInstanceError
 * ```
 * TypeScript:
 * ```ts
 * const Point = defineData({ x: 0, y: 0, tags: () => [] as string[] }, { name: 'Point' });
 * const p = new Point({ x: 1 });
 * p.equals(new Point({ x: 1 }));   // true
 * p.with({ y: 5 });
 * ```
 * Rules:
 * - Each key of `defaults` is a field. A function default is a factory, called once per new
 *   instance (`default_factory`). A mutable default (array, plain object, Map, Set) is refused
 *   with a `TypeError`, as Python refuses `x: list = []`.
 * - `new C(values)`: missing fields take their defaults; an unknown key is a `TypeError`.
 *   Instances are frozen (shallowly, like Python's frozen dataclasses): assigning a field throws.
 * - `equals(other)`: `other` is an instance of exactly the same data class, and the fields are
 *   equal: numbers by SameValueZero (`NaN` equals `NaN`, `0` equals `-0`), other primitives by
 *   `===`, arrays element by element, plain objects key by key in any key order, data instances
 *   with their own `equals`; any other object only if it is the same object.
 * - `hashCode()`: a 32-bit integer computed from the field values (not from identity), so
 *   equal instances give equal codes; different values should rarely collide.
 * - `toString()`: `Name(field=value, ...)` with values written by `JSON.stringify` (nested data
 *   instances by their own `toString`); the name option defaults to `'Data'`.
 */
export function defineData<D extends Record<string, unknown>>(defaults: D, options: { name?: string } = {}): DataClass<FieldsOf<D>> {
  // TODO: check the defaults, then return a class whose constructor fills and freezes the
  // fields, with equals / hashCode / with / toString / toJSON and a static `fields`.
  return todo('defineData');
}
