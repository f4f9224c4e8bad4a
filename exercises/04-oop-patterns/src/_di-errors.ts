/** Resolving a service led back to a service still being built: `cycle` is `[A, B, A]`. */
export class CycleError extends Error {
  override name = 'CycleError';
  readonly cycle: readonly string[];

  constructor(cycle: readonly string[]) {
    super(`Dependency cycle: ${cycle.join(' → ')}`);
    this.cycle = Object.freeze([...cycle]);
  }
}

/** No service is registered under the last name of `path` (the chain of services that led to it). */
export class MissingServiceError extends Error {
  override name = 'MissingServiceError';
  readonly path: readonly string[];

  constructor(path: readonly string[]) {
    super(`No service is registered as "${path[path.length - 1]}" (${path.join(' → ')})`);
    this.path = Object.freeze([...path]);
  }
}

/**
 * A lifetime rule was broken: a scoped service reached outside a scope (directly from the
 * container, or through a singleton), or a disposed scope or container was used. `path` is the
 * chain of services that led to the problem.
 */
export class ScopeError extends Error {
  override name = 'ScopeError';
  readonly path: readonly string[];

  constructor(message: string, path: readonly string[]) {
    super(`${message} (${path.join(' → ')})`);
    this.path = Object.freeze([...path]);
  }
}
