import { todo } from '@roadmap/todo';

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
  // TODO: check the schema's type names now; return a decorator whose replacement walks the
  // schema entries in order, tests args[i] against each, throws a TypeError on the first
  // failure, and otherwise calls the method.
  return todo('validateArgs');
}
