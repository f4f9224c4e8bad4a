/** One timed call. */
export interface TimingRecord {
  /** The method's name (`context.name`). */
  name: string;
  /** `clock()` after the call settled minus `clock()` before it. */
  ms: number;
  /** False when the call threw or its promise rejected. */
  ok: boolean;
}

/** A TC39 method decorator that keeps the method's type. */
export type TimedDecorator = <This, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
) => (this: This, ...args: Args) => R;

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function';

/**
 * Python:
 * ```python
 * def timed(clock=time.perf_counter, on_record=print):
 *     def decorate(fn):
 *         @functools.wraps(fn)
 *         def wrapper(*args, **kwargs):
 *             start = clock()
 *             try:
 *                 return fn(*args, **kwargs)
 *             finally:
 *                 on_record(fn.__name__, clock() - start)
 *         return wrapper
 *     return decorate
 * ```
 * TypeScript: `@timed(clock, onRecord)` on a method. The clock is injected (pass
 * `performance.now` in real code, a fake in tests) and read exactly twice per call.
 * When the method returns a promise, the call ends when that promise settles, not when the
 * method returns. Errors and rejections still reach the caller, and are recorded with `ok: false`.
 */
export function timed(clock: () => number, onRecord: (record: TimingRecord) => void): TimedDecorator {
  return function <This, Args extends unknown[], R>(
    method: (this: This, ...args: Args) => R,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
  ) {
    const name = String(context.name);
    return function (this: This, ...args: Args): R {
      const start = clock();
      const record = (ok: boolean) => onRecord({ name, ms: clock() - start, ok });
      let result: R;
      try {
        result = method.apply(this, args);
      } catch (error) {
        record(false);
        throw error;
      }
      if (!isThenable(result)) {
        record(true);
        return result;
      }
      // An async method returns at its first await: the work is over only when the promise
      // settles. Hand back the chained promise so the caller still sees the value or the error.
      return result.then(
        (value) => {
          record(true);
          return value;
        },
        (error: unknown) => {
          record(false);
          throw error;
        },
      ) as R;
    };
  };
}
