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
