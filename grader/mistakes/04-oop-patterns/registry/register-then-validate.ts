// Mistake: stores the class before checking it, so a refused class stays registered.
/** Any class, abstract ones included. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClass = abstract new (...args: any[]) => unknown;

/** A TC39 (standard) class decorator, as `@registry.register('csv')` returns. */
export type ClassDecorator<T extends AnyClass> = <C extends T>(value: C, context: ClassDecoratorContext<C>) => void;

export interface RegistryOptions<T extends AnyClass> {
  /** Every registered class must be `base` or extend it (a metaclass-style check). */
  base?: T;
  /** Method names every registered class must have on its prototype chain (own or inherited). */
  requires?: string[];
}

/**
 * Python registers classes as they are defined, with a metaclass or `__init_subclass__`:
 * ```python
 * class Reader:
 *     registry: dict[str, type] = {}
 *     def __init_subclass__(cls, name=None, **kw):
 *         super().__init_subclass__(**kw)
 *         if (key := name or cls.__name__.lower()) in Reader.registry:
 *             raise ValueError(f"{key!r} already registered")
 *         Reader.registry[key] = cls
 *
 * class CsvReader(Reader, name="csv"): ...
 * ```
 * JavaScript runs no code of the base class when a subclass is defined, so the hook is a class
 * decorator on each class instead:
 * ```ts
 * const readers = new Registry<typeof Reader>({ base: Reader, requires: ['read'] });
 * @readers.register('csv') class CsvReader extends Reader { read() { ... } }
 * @register(readers) class Json extends Reader { ... }     // registered as 'json'
 * readers.create('csv', path)   // new CsvReader(path)
 * ```
 * Rules:
 * - Registration happens when the class is defined, under the given name or, by default, the
 *   class name in lower case. A class without a name and no explicit name: `TypeError`.
 * - A name already taken: `RangeError` naming it and the class that holds it (the first
 *   registration stays).
 * - With `base`, a class that is neither `base` nor a subclass of it: `TypeError`. With
 *   `requires`, a class whose instances would lack one of the methods: `TypeError` listing every
 *   missing one. A refused class is not registered.
 * - Used on anything but a class (`context.kind !== 'class'`): `TypeError`.
 * - `get(name)` of an unknown name: `RangeError` listing the known names.
 * - `names()` and iteration follow registration order; iteration yields `[name, class]` pairs.
 */
export class Registry<T extends AnyClass = AnyClass> implements Iterable<[string, T]> {
  readonly #base: T | undefined;
  readonly #requires: string[];
  // A Map keeps insertion order: names() and iteration come out in registration order.
  readonly #classes = new Map<string, T>();

  constructor(options: RegistryOptions<T> = {}) {
    this.#base = options.base;
    this.#requires = [...(options.requires ?? [])];
  }

  /** The class decorator: `@registry.register()` or `@registry.register('name')`. */
  register(name?: string): ClassDecorator<T> {
    return (value, context) => {
      if (context?.kind !== 'class') throw new TypeError(`@register works on classes, not on a ${String(context?.kind)}`);
      const key = name ?? (typeof context.name === 'string' && context.name !== '' ? context.name.toLowerCase() : undefined);
      if (key === undefined) throw new TypeError('@register: an anonymous class needs an explicit name');
      const holder = this.#classes.get(key);
      if (holder) throw new RangeError(`"${key}" is already registered to ${holder.name}`);
      this.#classes.set(key, value);
      const base = this.#base;
      // `value === base || value.prototype instanceof base`: base itself, or anything below it.
      if (base && value !== base && !(value.prototype instanceof base)) {
        throw new TypeError(`${value.name} must extend ${base.name} to be registered`);
      }
      // `in` looks along the prototype chain, so inherited methods count, as in an ABC.
      const proto = value.prototype as Record<string, unknown>;
      const missing = this.#requires.filter((m) => !(m in proto) || typeof proto[m] !== 'function');
      if (missing.length) throw new TypeError(`${value.name} is missing: ${missing.join(', ')}`);
      // Every check passed: only now does the registry change.
      this.#classes.set(key, value);
    };
  }

  get size(): number {
    return this.#classes.size;
  }

  has(name: string): boolean {
    return this.#classes.has(name);
  }

  get(name: string): T {
    const cls = this.#classes.get(name);
    if (!cls) throw new RangeError(`unknown name "${name}"; known: ${[...this.#classes.keys()].join(', ') || '(none)'}`);
    return cls;
  }

  names(): string[] {
    return [...this.#classes.keys()];
  }

  /** `new (get(name))(...args)`. */
  create(name: string, ...args: ConstructorParameters<T>): InstanceType<T> {
    const Cls = this.get(name) as unknown as new (...a: ConstructorParameters<T>) => InstanceType<T>;
    return new Cls(...args);
  }

  [Symbol.iterator](): Iterator<[string, T]> {
    return this.#classes.entries();
  }
}

/** `@register(registry)` / `@register(registry, 'name')`: the same as `@registry.register(name)`. */
export function register<T extends AnyClass>(registry: Registry<T>, name?: string): ClassDecorator<T> {
  return registry.register(name);
}
