import { todo } from '@roadmap/todo';

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
  // TODO: return new Promise((resolve, reject) => { ... }): start a timer, listen for 'abort',
  // subscribe to `promise`, and make whichever happens first clean up the other two.
  return todo('withTimeout');
}
