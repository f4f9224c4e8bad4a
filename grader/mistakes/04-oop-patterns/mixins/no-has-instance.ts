// Mistake: never teaches the mixin functions to answer instanceof, so p instanceof Serializable is false.
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

const serializableMark = Symbol('Serializable');
const timestampedMark = Symbol('Timestamped');

/**
 * A hidden, non-enumerable mark on the mixin class's prototype: every instance inherits it, also
 * those made by deserialize(), which skips constructors.
 */
function markPrototype(proto: object, mark: symbol): void {
  Object.defineProperty(proto, mark, { value: true });
}

/** `instanceof` asks the right-hand side; a mixin function answers by looking for its mark. */
function answerInstanceof(mixin: object, mark: symbol): void {
  Object.defineProperty(mixin, Symbol.hasInstance, {
    value: (x: unknown) => (typeof x === 'object' || typeof x === 'function') && x !== null && mark in x,
  });
}

/** Python's `super().describe()` with a fallback: the next describe() up the chain, or Base's name. */
function describeBelow(Base: Constructor, self: object): string {
  const below = (Base.prototype as { describe?: () => string }).describe;
  return typeof below === 'function' ? below.call(self) : Base.name;
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
 * - makes `x instanceof Serializable` true for instances of any class built with it.
 */
export function Serializable<TBase extends Constructor>(Base: TBase): TBase & Constructor<SerializableMembers> & { deserialize<T>(this: Constructor<T>, text: string): T } {
  // No constructor: a derived class without one passes every argument on to Base.
  class Serializable extends Base {
    serialize(): string {
      return JSON.stringify({ ...this });
    }

    static deserialize<T>(this: Constructor<T>, text: string): T {
      // `this` is whatever class deserialize was called on (Python's `cls` in a @classmethod).
      return Object.assign(Object.create(this.prototype) as object, JSON.parse(text) as object) as T;
    }

    describe(): string {
      return `${describeBelow(Base, this)} [serializable]`;
    }
  }
  markPrototype(Serializable.prototype, serializableMark);
  Object.defineProperty(Serializable, 'name', { value: 'Serializable' });
  return Serializable;
}

/**
 * `Timestamped(Base, now)` returns `class Timestamped extends Base` that passes the constructor
 * arguments on, then sets `createdAt` and `updatedAt` to `now()`; `touch()` sets `updatedAt` to
 * `now()`; `describe()` appends `" [timestamped]"` to the description of the classes below (or
 * `Base.name`). `x instanceof Timestamped` works like `instanceof Serializable`.
 */
export function Timestamped<TBase extends Constructor>(Base: TBase, now: () => number = Date.now): TBase & Constructor<TimestampedMembers> {
  class Timestamped extends Base {
    createdAt: number;
    updatedAt: number;

    // A mixin cannot know Base's constructor signature: take any arguments, pass them all on.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.createdAt = now();
      this.updatedAt = this.createdAt;
    }

    touch(): void {
      this.updatedAt = now();
    }

    describe(): string {
      return `${describeBelow(Base, this)} [timestamped]`;
    }
  }
  markPrototype(Timestamped.prototype, timestampedMark);
  Object.defineProperty(Timestamped, 'name', { value: 'Timestamped' });
  return Timestamped;
}

/**
 * Python's `Cls.__mro__` as names: the class, the classes it extends, ..., `'Object'`.
 */
export function mro(cls: abstract new (...args: never[]) => unknown): string[] {
  const names: string[] = [];
  for (let proto: object | null = cls.prototype as object; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    names.push((proto as { constructor: { name: string } }).constructor.name);
  }
  return names;
}

