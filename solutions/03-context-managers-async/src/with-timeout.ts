/**
 * Python:
 * ```python
 * try:
 *     value = await asyncio.wait_for(fetch(), timeout=2.0)
 * except TimeoutError:
 *     ...
 * ```
 * TypeScript:
 * ```ts
 * try {
 *   const value = await withTimeout(fetchIt(), 2000, controller.signal);
 * } catch (e) {
 *   if ((e as Error).name === 'TimeoutError') ...
 * }
 * ```
 * Settles like `promise` if it settles within `ms` milliseconds. Otherwise rejects with an
 * `Error` whose `name` is `'TimeoutError'`. When `signal` aborts first, rejects with
 * `signal.reason` (at once if it is already aborted). `ms = Infinity` means no time limit.
 * A negative or NaN `ms` throws a `RangeError` straight away.
 *
 * However it ends, leave nothing behind: no pending timer (`clearTimeout`), no `abort`
 * listener left on the signal. (JavaScript cannot cancel `promise` itself: that is what the
 * signal is for, in the code that produced it.)
 */
export function withTimeout<T>(promise: PromiseLike<T>, ms: number, signal?: AbortSignal): Promise<T> {
  if (Number.isNaN(ms) || ms < 0) throw new RangeError(`withTimeout: ms must be >= 0, got ${ms}`);
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Whichever of the three events comes first settles the promise and removes the other two,
    // so nothing keeps the event loop (or the signal) busy afterwards.
    const cleanup = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanup();
      reject(signal!.reason);
    };
    if (ms !== Infinity) {
      timer = setTimeout(() => {
        cleanup();
        const e = new Error(`Timed out after ${ms} ms`);
        e.name = 'TimeoutError';
        reject(e);
      }, ms);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
