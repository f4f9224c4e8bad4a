/** Thrown by every exercise stub; the grader reads it as "not started yet". */
export class NotImplementedError extends Error {
  override readonly name = 'NotImplementedError';
  readonly code = 'E_NOT_IMPLEMENTED';
  constructor(what: string) {
    super(`${what} is not implemented yet: open its file, replace the TODO, then run \`pnpm grade\`.`);
  }
}

/** Marks the body of a function the learner has to write. Always throws `NotImplementedError`. */
export function todo(what: string): never {
  const g = globalThis as { __roadmapTodoHits?: number };
  g.__roadmapTodoHits = (g.__roadmapTodoHits ?? 0) + 1;
  throw new NotImplementedError(what);
}

const marker = 'TODO: not written yet';

/**
 * Stands in for a value the learner writes (an SQL string, a list of index statements), where a
 * stub cannot throw at import. Pair it with `assertWritten` in the code that uses the value.
 */
export function todoText(what: string): string {
  return `/* ${marker}: ${what} */`;
}

/** False while `value` is still the stub from `todoText` (or contains it). */
export function isWritten(value: unknown): boolean {
  return !(Array.isArray(value) ? value.join('\n') : String(value)).includes(marker);
}

/** Throws `NotImplementedError` when `value` is still the stub from `todoText` (or contains it). */
export function assertWritten<T>(value: T, what: string): T {
  if (!isWritten(value)) todo(what);
  return value;
}
