import { todo } from '@roadmap/todo';

/** Any class. (`any[]` is how TypeScript spells "a constructor with any arguments".) */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Constructor<T = object> = new (...args: any[]) => T;

export interface SerializableMembers {
  /** JSON of the instance's own enumerable fields. */
  serialize(): string;
  /** The description of the classes below, then `" [serializable]"`. */
  describe(): string;
}

export interface TimestampedMembers {
  /** The clock's time when the instance was constructed. */
  createdAt: number;
  /** `createdAt`, or the clock's time at the last `touch()`. */
  updatedAt: number;
  touch(): void;
  /** The description of the classes below, then `" [timestamped]"`. */
  describe(): string;
}

/**
 * Python mixes behaviour in with multiple inheritance, and `super()` follows the MRO:
 * ```python
 * class Point(TimestampedMixin, SerializableMixin, Base): ...
 * Point.__mro__   # Point, TimestampedMixin, SerializableMixin, Base, object
 * isinstance(p, SerializableMixin)   # True
 * ```
 * TypeScript has single inheritance, so a mixin is a function from a class to a subclass:
 * ```ts
 * class Point extends Timestamped(Serializable(Base)) {}
 * mro(Point)   // ['Point', 'Timestamped', 'Serializable', 'Base', 'Object']
 * p instanceof Serializable   // true: the mixin function answers instanceof (Symbol.hasInstance)
 * ```
 * `Serializable(Base)` returns `class Serializable extends Base` that:
 * - passes every constructor argument on to `Base`;
 * - adds `serialize()` (JSON of the own enumerable fields) and a static `deserialize(text)` that
 *   builds an instance of the class it is called on (`this`), without running constructors,
 *   with the parsed fields assigned;
 * - adds `describe()`: the `describe()` of the classes below it (or `Base.name` when they have
 *   none) followed by `" [serializable]"`, cooperatively, like a Python mixin calling super();
 * - makes `x instanceof Serializable` true for instances of any class built with it;
 * - is named `'Serializable'` (set it with `Object.defineProperty(C, 'name', { value })`:
 *   compilers may rename an inner class that shadows the function's own name).
 */
export function Serializable<TBase extends Constructor>(Base: TBase): TBase & Constructor<SerializableMembers> & { deserialize<T>(this: Constructor<T>, text: string): T } {
  // TODO: return class Serializable extends Base { ... }, and give the function Serializable a
  // Symbol.hasInstance that recognises instances (mark them, e.g. with a private symbol).
  return todo('Serializable');
}

/**
 * `Timestamped(Base, now)` returns `class Timestamped extends Base` that passes the constructor
 * arguments on, then sets `createdAt` and `updatedAt` to `now()`; `touch()` sets `updatedAt` to
 * `now()`; `describe()` appends `" [timestamped]"` to the description of the classes below (or
 * `Base.name`). `x instanceof Timestamped` works like `instanceof Serializable`; the class is
 * named `'Timestamped'`.
 */
export function Timestamped<TBase extends Constructor>(Base: TBase, now: () => number = Date.now): TBase & Constructor<TimestampedMembers> {
  // TODO: as for Serializable.
  return todo('Timestamped');
}

/**
 * Python's `Cls.__mro__` as names: the class, the classes it extends, ..., `'Object'`.
 */
export function mro(cls: abstract new (...args: never[]) => unknown): string[] {
  // TODO: walk the prototype chain from cls.prototype up to Object.prototype.
  return todo('mro');
}
