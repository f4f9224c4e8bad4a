/** Any error class: `suppress(TypeError, MyError)`. Abstract classes are welcome too. */
export type ErrorClass = abstract new (...args: any[]) => unknown;

/** A body's result once suppressed: the value, or `undefined` when an error was swallowed. */
export type Suppressed<T> = T extends PromiseLike<infer U> ? Promise<U | undefined> : T | undefined;

/**
 * Python:
 * ```python
 * with contextlib.suppress(FileNotFoundError):
 *     os.remove(path)
 * ```
 * TypeScript (a `using` block cannot swallow an error, so the body is a callback):
 * ```ts
 * suppress(FileNotFoundError)(() => rmSync(path));
 * const value = await suppress(AbortError)(async () => fetchIt());   // undefined if aborted
 * ```
 * Returns a runner: it calls `body()`; an error that is an instance of one of `errorClasses`
 * (subclasses included, like `isinstance`) is swallowed and the runner returns `undefined`;
 * any other error, or any thrown non-error value, propagates unchanged. When the body returns a
 * promise, the runner returns a promise and applies the same rule to its rejection.
 * `suppress()` with no classes swallows nothing.
 */
export function suppress(...errorClasses: ErrorClass[]): <T>(body: () => T) => Suppressed<T> {
  const matches = (e: unknown) => errorClasses.some((C) => e instanceof C);
  return <T>(body: () => T): Suppressed<T> => {
    let result: T;
    try {
      result = body();
    } catch (e) {
      if (matches(e)) return undefined as Suppressed<T>;
      throw e;
    }
    // A promise settles later, so the try/catch above cannot see its rejection: attach the same
    // rule to it instead. (`await` inside this function would force every result to be a promise.)
    if (isPromiseLike(result)) {
      return Promise.resolve(result).then(
        (value) => value,
        (e: unknown) => {
          if (matches(e)) return undefined;
          throw e;
        },
      ) as Suppressed<T>;
    }
    return result as Suppressed<T>;
  };
}

function isPromiseLike(x: unknown): x is PromiseLike<unknown> {
  return (typeof x === 'object' || typeof x === 'function') && x !== null && typeof (x as { then?: unknown }).then === 'function';
}
