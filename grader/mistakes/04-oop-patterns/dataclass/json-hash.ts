// Mistake: hashes JSON.stringify of the fields, which depends on object key order, so equal instances can get different hash codes.
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
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Marks instances of any data class, so nested values can use their equals/hashCode. */
const dataBrand = Symbol('data');
const isData = (v: unknown): v is DataMethods<unknown> => typeof v === 'object' && v !== null && dataBrand in v;

/** The field-value equality of `equals`: SameValueZero, structural for arrays/plain objects. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  if (isData(a) && isData(b)) return a.equals(b);
  return false;
}

// ---- hashing: every case must agree with same(): equal values, equal codes -------------------
const mix = (h: number, x: number) => Math.imul(h ^ x, 0x01000193); // FNV-style step
const fmix = (h: number) => {
  // MurmurHash3's finaliser spreads nearby inputs over all 32 bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
};
const hashString = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return fmix(h);
};
const floatView = new DataView(new ArrayBuffer(8));
const hashNumber = (n: number) => {
  if (Number.isNaN(n)) return 0x7ff80000; // every NaN is equal to every NaN
  if (n === 0) return 0; // 0 and -0 are equal, so they must hash alike
  floatView.setFloat64(0, n);
  return fmix(mix(mix(0x9e3779b9, floatView.getInt32(0)), floatView.getInt32(4)));
};
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function hashValue(v: unknown): number {
  switch (typeof v) {
    case 'number':
      return hashNumber(v);
    case 'string':
      return hashString(v);
    case 'boolean':
      return v ? 0x2545f491 : 0x6b43a9b5;
    case 'undefined':
      return 0x1b873593;
    case 'bigint':
      return hashString(`bigint:${v}`);
    case 'symbol':
      return hashString(`symbol:${v.description ?? ''}`);
    default:
      break;
  }
  if (v === null) return 0x5bd1e995;
  if (Array.isArray(v)) {
    let h = 0x3c6ef372 ^ v.length; // ordered: position matters, as in same()
    for (const x of v) h = mix(h, hashValue(x));
    return fmix(h);
  }
  if (isPlainObject(v)) {
    // Key order does not matter to same(), so combine the entries with a commutative sum.
    let sum = 0;
    for (const [k, x] of Object.entries(v)) sum = (sum + fmix(mix(hashString(k), hashValue(x)))) | 0;
    return fmix(sum ^ 0x27d4eb2f);
  }
  if (isData(v)) return v.hashCode();
  // Compared by identity: hash by identity too (a stable number per object).
  const obj = v as object;
  if (!identities.has(obj)) identities.set(obj, nextIdentity++);
  return fmix(identities.get(obj)!);
}

const show = (v: unknown): string => (isData(v) ? v.toString() : typeof v === 'number' || v === undefined ? String(v) : (JSON.stringify(v) ?? String(v)));

export function defineData<D extends Record<string, unknown>>(defaults: D, options: { name?: string } = {}): DataClass<FieldsOf<D>> {
  type F = FieldsOf<D>;
  const names = Object.keys(defaults);
  for (const k of names) {
    const d = defaults[k];
    if (Array.isArray(d) || isPlainObject(d) || d instanceof Map || d instanceof Set) {
      throw new TypeError(`mutable default for field "${k}": every instance would share it; use a factory such as () => []`);
    }
  }

  class Data {
    constructor(values: Partial<F> = {}) {
      const given = values as Record<string, unknown>;
      const unknown = Object.keys(given).filter((k) => !names.includes(k));
      if (unknown.length) throw new TypeError(`${Data.name}: unknown field(s) ${unknown.join(', ')}`);
      const self = this as unknown as Record<string, unknown>;
      for (const k of names) {
        const d = defaults[k];
        // `in`, not `!== undefined`: an explicit undefined is a value like any other.
        self[k] = k in given ? given[k] : typeof d === 'function' ? (d as () => unknown)() : d;
      }
      Object.freeze(this);
    }

    static get fields(): string[] {
      return [...names];
    }

    equals(other: unknown): boolean {
      if (this === other) return true;
      if (typeof other !== 'object' || other === null || Object.getPrototypeOf(other) !== Object.getPrototypeOf(this)) return false;
      const a = this as unknown as Record<string, unknown>;
      const b = other as Record<string, unknown>;
      return names.every((k) => same(a[k], b[k]));
    }

    hashCode(): number {
      return hashString(JSON.stringify(this.toJSON()) ?? '');
    }

    with(changes: Partial<F>): DataInstance<F> {
      const Ctor = this.constructor as new (v: Partial<F>) => DataInstance<F>;
      return new Ctor({ ...this.toJSON(), ...changes });
    }

    toString(): string {
      const self = this as unknown as Record<string, unknown>;
      return `${Data.name}(${names.map((k) => `${k}=${show(self[k])}`).join(', ')})`;
    }

    toJSON(): F {
      const self = this as unknown as Record<string, unknown>;
      return Object.fromEntries(names.map((k) => [k, self[k]])) as F;
    }
  }
  Object.defineProperty(Data.prototype, dataBrand, { value: true });
  Object.defineProperty(Data, 'name', { value: options.name ?? 'Data' });
  return Data as unknown as DataClass<F>;
}
