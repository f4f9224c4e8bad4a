// Mistake: `return method.apply(...)` without await inside try, so a rejection skips the catch and is never retried.
export interface RetryOptions {
  /** Extra attempts after the first one: `retries: 3` means at most 4 calls. Default 3. */
  retries?: number;
  /** Milliseconds to wait before the first retry. Default 100. */
  baseMs?: number;
  /** Each later wait is the previous one times `factor` (100, 200, 400, ...). Default 2. */
  factor?: number;
  /** Return false to give up at once on this error. `attempt` counts from 1. Default: always retry. */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
}

/** A TC39 decorator for methods that return a promise. */
export type AsyncMethodDecorator = <This, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
) => (this: This, ...args: Args) => Promise<R>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Python (the `tenacity` package):
 * ```python
 * @retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=0.1, exp_base=2))
 * async def fetch(self, url): ...
 * ```
 * TypeScript:
 * ```ts
 * class Client {
 *   @retry({ retries: 3, baseMs: 100, factor: 2 })
 *   async fetch(url: string) { ... }
 * }
 * ```
 * Calls the method; when it fails (rejects, or throws before returning a promise), waits
 * `baseMs * factor ** (attempt - 1)` ms with `setTimeout` and calls it again with the same
 * `this` and arguments. After `retries + 1` failed attempts the returned promise rejects with
 * the last error.
 */
export function retry(options: RetryOptions = {}): AsyncMethodDecorator {
  const { retries = 3, baseMs = 100, factor = 2, shouldRetry = () => true } = options;
  return function <This, Args extends unknown[], R>(
    method: (this: This, ...args: Args) => Promise<R>,
    _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Promise<R>>,
  ) {
    // An async function: a synchronous throw inside it becomes a rejection, never a throw
    // at the call site.
    return async function (this: This, ...args: Args): Promise<R> {
      for (let attempt = 1; ; attempt++) {
        try {
          // `return await`, not `return`: without the await a rejection would skip this catch.
          return method.apply(this, args);
        } catch (error) {
          if (attempt > retries || !shouldRetry(error, attempt)) throw error;
          await sleep(baseMs * factor ** (attempt - 1));
        }
      }
    };
  };
}
