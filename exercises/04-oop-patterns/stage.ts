import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '04-oop-patterns',
  title: 'Object-oriented programming and design patterns',
  roadmap: 'Advanced Python concepts and OOP: classes, inheritance, polymorphism, design patterns, metaclasses',
  exercises: [
    defineExercise({
      id: 'shapes',
      title: 'An abstract Shape and its subclasses (abc.ABC)',
      points: 5,
      python: 'class Shape(ABC) with @abstractmethod area/perimeter',
      hints: [
        'In Shape\'s constructor, `if (new.target === Shape) throw new TypeError(...)`: `abstract` alone is erased at run time. describe() can call this.area() and this.constructor.name: the subclass supplies both.',
        'Validate every length with typeof x === \'number\' && Number.isFinite(x) && x > 0, else throw a RangeError. Square is `super(side, side)` plus a `side` getter.',
        'For the triangle, sort the sides descending (a >= b >= c): it is a triangle iff a < b + c. Area: Math.sqrt((a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c))) / 4, parentheses exactly as written.',
      ],
    }),
    defineExercise({
      id: 'bank-account',
      title: 'A bank account with #private state and invariants',
      points: 10,
      python: 'name-mangled self.__balance with a read-only @property; invariants kept by methods',
      hints: [
        'Declare `#owner`, `#balance` and `#history` fields and expose owner/balance with getters only: then Object.keys(account) is [] and `account.balance = x` throws a TypeError in a module.',
        'Validate first, change state last: check the amount (Number.isSafeInteger(x) && x > 0), the funds and the room left below MAX_SAFE_INTEGER, and only then update balance and history. A failed call must leave no trace.',
        'isAccount(x) is `typeof x === \'object\' && x !== null && #balance in x`. In transfer, check isAccount(to) and to !== this, run every check on both accounts (to.#balance is readable inside the class), then apply both changes.',
      ],
    }),
    defineExercise({
      id: 'mixins',
      title: 'Mixins, instanceof and the method resolution order',
      points: 15,
      python: 'multiple inheritance with mixin classes, cooperative super(), Cls.__mro__, isinstance(x, Mixin)',
      hints: [
        'A mixin is a function: `function Serializable(Base) { class Serializable extends Base { ... } return Serializable; }`. Without its own constructor a subclass passes every argument on; if you write one, make it (...args: any[]) { super(...args); ... }.',
        'For describe(), look up the next describe() below: (Base.prototype as any).describe; call it with .call(this) when it exists, else start from Base.name. mro() walks Object.getPrototypeOf from cls.prototype to null, collecting proto.constructor.name; name each mixin class explicitly (Object.defineProperty(C, \'name\', { value: \'Serializable\' })), since compilers may rename a class that shadows its function.',
        'For instanceof, put a hidden symbol on each mixin class\'s prototype (Object.defineProperty, non-enumerable) and give the mixin function a Symbol.hasInstance that checks `mark in x` (for objects only). deserialize: Object.assign(Object.create(this.prototype), JSON.parse(text)).',
      ],
    }),
    defineExercise({
      id: 'registry',
      title: 'A class registry with a decorator (the metaclass / __init_subclass__ pattern)',
      points: 10,
      python: 'a metaclass or __init_subclass__ that records every subclass in a registry dict',
      hints: [
        'register(name) returns the decorator (value, context) => { ... }. It runs once, when the class is defined: check context.kind === \'class\', then key = name ?? context.name?.toLowerCase().',
        'Keep a Map<string, class> (it remembers insertion order). Before storing, run every check: taken name (RangeError), base (value === base || value.prototype instanceof base, else TypeError), required methods. Store only when all pass.',
        'For `requires`, `m in value.prototype` follows the prototype chain (inherited methods count) and typeof value.prototype[m] === \'function\' rules out data. [Symbol.iterator]() can return map.entries().',
      ],
    }),
    defineExercise({
      id: 'proxy-record',
      title: 'Validated records with Proxy (__getattr__ / __setattr__ / __slots__)',
      points: 15,
      python: '__getattr__, __setattr__, __delattr__, __slots__ and __dir__',
      hints: [
        'Build a plain target object holding every field (optional ones as undefined) and return new Proxy(target, handler). The traps you need: get, set, deleteProperty, has, ownKeys, getOwnPropertyDescriptor, defineProperty, setPrototypeOf.',
        'In get, let symbols and anything `key in target` finds (fields, toString, hasOwnProperty via the prototype) through with Reflect.get; return undefined for \'then\'; throw a TypeError for every other name.',
        'set and defineProperty must check, in order: known field, not readonly, value of the right type (integer: Number.isInteger; number: not NaN; optional: undefined allowed), and only then write. ownKeys returns the schema names; getOwnPropertyDescriptor reports { value, writable, enumerable: true, configurable: true }.',
      ],
    }),
    defineExercise({
      id: 'dataclass',
      title: 'Value objects: equals, hashCode, with() and frozen instances (@dataclass(frozen=True))',
      points: 15,
      python: '@dataclass(frozen=True): __eq__, __hash__, dataclasses.replace, field(default_factory=...)',
      hints: [
        'Return a class built inside defineData: its constructor copies each field from the values or the default (calling a function default), then Object.freeze(this). Refuse array/plain-object/Map/Set defaults up front.',
        'Write one recursive same(a, b): numbers with a === b || both NaN; arrays element by element; plain objects with the same key set and same(a[k], b[k]); data instances via equals; anything else with ===. equals() also requires Object.getPrototypeOf(other) === Object.getPrototypeOf(this).',
        'hashCode must agree with same(): 0 and -0 hash alike, all NaNs alike, arrays in order, plain objects WITHOUT depending on key order (sum the hashes of the entries), identity-compared objects by a per-object id from a WeakMap. Mix with Math.imul so results stay 32-bit.',
      ],
    }),
    defineExercise({
      id: 'typed-emitter',
      title: 'A typed event emitter with Node\'s once/off semantics (Observer)',
      points: 15,
      python: 'the Observer pattern: a dict of callback lists (blinker signals, asyncio callbacks)',
      hints: [
        'Keep Map<event, entry[]> where an entry is { listener, once, fired }. on/once push an entry and return this; listeners() maps entries to their listener; listenerCount is the array length.',
        'emit: copy the array first (for (const entry of [...list])) so changes made by listeners only affect later emits; call with listener.apply(this, args); return whether the list was non-empty. With no listeners and event === \'error\', throw the error.',
        'For a once entry: skip it if entry.fired, else set fired, remove that exact entry from the live list, THEN call it. off(event, fn) scans from the end and removes the first entry whose listener === fn.',
      ],
    }),
    defineExercise({
      id: 'strategy-factory',
      title: 'A pricing rules engine: Strategy classes made by a Factory',
      points: 15,
      python: 'a Protocol with one method, classes implementing it, and a dict from a type name to the class (a factory function)',
      hints: [
        'Each strategy is a class with `readonly kind` and price(item). Validate in the constructor (RangeError), validate the item at the top of price(). Money stays in integer cents: round once, and round the discount: price = total - Math.round(total * percent / 100).',
        'Buy X get Y: units come in groups of buy + free, so paid = Math.floor(q / group) * buy + Math.min(q % group, buy). Tiered is graduated: walk the tiers keeping `from` (units already priced) and add (Math.min(upTo ?? q, q) - from) * unitPrice while from < q.',
        'StrategyFactory keeps a Map<type, (spec) => strategy> in an instance field (#makers), never a static one: register() on one factory must not change another. priceCart: create every rule\'s strategy first, then per line start from { price: regular, rule: \'regular\' } and replace it only when a matching rule (sku === item.sku or \'*\') is strictly cheaper.',
      ],
    }),
    defineExercise({
      id: 'builder',
      title: 'A Builder for an immutable HttpRequest, validated at build()',
      points: 15,
      python: 'a builder whose methods return self, building a @dataclass(frozen=True) with a MappingProxyType of headers; pydantic-style errors listing every problem',
      hints: [
        'Keep the state in private fields and make every setter `return this`. Store headers in a Map keyed by name.toLowerCase(); json() runs JSON.stringify right away (in try/catch: undefined, functions, BigInt and cycles fail) and remembers a failure for build().',
        'In build(), push a { field, message } for each problem in the order method, url, headers, body, timeoutMs, and throw new RequestValidationError(problems) at the end only if the list is non-empty. URL.canParse(u) and new URL(u).protocol check the URL; /^[!#$%&\'*+\-.^_`|~0-9A-Za-z]+$/ is a header-name token; /[\r\n\0]/ finds header injection.',
        'Build fresh objects every time: url = new URL(this.#url), then url.searchParams.append(name, value) for each query parameter (this keeps an existing query and the #fragment) and take url.href; headers = Object.freeze(Object.fromEntries(...)); return Object.freeze({ ... }). Never hand out an object the builder keeps changing.',
      ],
    }),
    defineExercise({
      id: 'di-container',
      title: 'A dependency injection container: lifetimes, scopes and cycle detection',
      points: 20,
      python: 'a provider table like dependency_injector / FastAPI Depends: name -> (factory, lifetime), with a scope per request as a context manager',
      hints: [
        'Store name -> { lifetime, factory } in a Map. Write one private #resolve(name, scope, chain): scope is null for the container itself, chain is the list of names being built (outermost first). resolve() calls it with (name, null, []); a scope\'s resolve with (name, itsState, []).',
        'Cycle: if chain.indexOf(name) >= 0, the cycle is [...chain.slice(i), name]. Pass a NEW array ([...chain, name]) down to the factory\'s resolver instead of pushing onto a shared list: then a throwing factory leaves nothing to clean up, and a diamond (two paths to one service) is not a cycle.',
        'Singletons live in the container\'s Map and their factory resolves with scope = null, so a scoped dependency (even through a transient) hits the "scoped outside a scope" ScopeError. Scoped instances live in the scope\'s Map. Cache only after the factory returns, and push each cached instance on a `created` list: dispose walks it from the end.',
      ],
    }),
  ],
});
