// Mistake: checks 'object' with typeof alone, so null and arrays pass as objects.
/** The type names a schema can use. */
export type TypeName =
  | 'string'
  | 'number' // typeof 'number', NaN included
  | 'integer' // Number.isInteger
  | 'boolean'
  | 'bigint'
  | 'symbol'
  | 'function'
  | 'object' // a non-null object that is not an array (typeof null is 'object': not here)
  | 'array' // Array.isArray
  | 'null'
  | 'undefined'
  | 'any'; // anything, also a missing argument

/** A type name, the same name with `?` (also accepts `undefined`), or a predicate. */
export type Check = TypeName | `${TypeName}?` | ((value: unknown) => boolean);

/** Parameter name -> check, in parameter order: the first key checks the first argument. */
export type ArgSchema = Record<string, Check>;

/** A TC39 method decorator that keeps the method's type. */
export type ValidatingDecorator = <This, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
) => (this: This, ...args: Args) => R;

const tests: Record<TypeName, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  bigint: (v) => typeof v === 'bigint',
  symbol: (v) => typeof v === 'symbol',
  function: (v) => typeof v === 'function',
  object: (v) => typeof v === 'object',
  array: (v) => Array.isArray(v),
  null: (v) => v === null,
  undefined: (v) => v === undefined,
  any: () => true,
};

/** A short description of a received value for error messages. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return `string ${JSON.stringify(v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (typeof v === 'bigint') return `bigint ${v}n`;
  return typeof v;
}

/** Turns one schema entry into a test and the words for "expected". */
function compile(name: string, check: Check): { test: (v: unknown) => boolean; expected: string } {
  if (typeof check === 'function') return { test: (v) => check(v) === true, expected: `to satisfy ${check.name || 'its check'}` };
  const optional = check.endsWith('?');
  const typeName = (optional ? check.slice(0, -1) : check) as TypeName;
  // Object.hasOwn, not `in`: 'toString' in tests is true through the prototype.
  if (!Object.hasOwn(tests, typeName)) throw new TypeError(`validateArgs: unknown type "${check}" for argument "${name}"`);
  const base = tests[typeName];
  return {
    test: optional ? (v) => v === undefined || base(v) : base,
    expected: `${typeName}${optional ? ' or undefined' : ''}`,
  };
}

/**
 * Python (`pydantic.validate_call`, or `typeguard.typechecked`, reading the annotations):
 * ```python
 * @validate_call
 * def set_age(self, name: str, age: int) -> None: ...
 * set_age("Ada", "x")   # raises: age  Input should be a valid integer
 * ```
 * TypeScript types vanish at run time, so a value from JSON or from JavaScript code is not
 * checked. This decorator checks the arguments at run time before the method runs:
 * ```ts
 * class People {
 *   @validateArgs({ name: 'string', age: 'integer', nickname: 'string?' })
 *   add(name: string, age: number, nickname?: string) { ... }
 * }
 * ```
 * The first argument that fails its check throws a `TypeError` whose message names the method,
 * the argument (`argument "age"`) and the expected type, and shows what was received. Arguments
 * beyond the schema are not checked. A schema with an unknown type name throws a `TypeError`
 * when the class is defined.
 */
export function validateArgs(schema: ArgSchema): ValidatingDecorator {
  // Compiled once, up front: a typo in the schema fails when the class is defined, not on
  // the first call.
  const checks = Object.entries(schema).map(([name, check]) => ({ name, ...compile(name, check) }));
  return function <This, Args extends unknown[], R>(
    method: (this: This, ...args: Args) => R,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
  ) {
    const methodName = String(context.name);
    return function (this: This, ...args: Args): R {
      // Walk the schema, not the arguments: a missing argument is checked as undefined.
      checks.forEach(({ name, test, expected }, i) => {
        const value = args[i];
        if (!test(value)) {
          throw new TypeError(`${methodName}: argument "${name}" (position ${i}) must be ${expected}, got ${i < args.length ? describe(value) : 'nothing'}`);
        }
      });
      return method.apply(this, args);
    };
  };
}
