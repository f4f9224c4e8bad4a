import { todo } from '@roadmap/todo';

/** What `pLimit(n)` returns: call it like `limit(fn, ...args)`; it also reports its state. */
export interface Limit {
  /** Runs `fn(...args)` when a slot is free; settles like its result. Never throws synchronously. */
  <A extends unknown[], R>(fn: (...args: A) => R | PromiseLike<R>, ...args: A): Promise<R>;
  /** Tasks running now. */
  readonly activeCount: number;
  /** Tasks waiting for a slot. */
  readonly pendingCount: number;
}

/**
 * Python:
 * ```python
 * sem = asyncio.Semaphore(3)
 * async def limited(url):
 *     async with sem:
 *         return await fetch(url)
 * pages = await asyncio.gather(*(limited(u) for u in urls))
 * ```
 * TypeScript:
 * ```ts
 * const limit = pLimit(3);
 * const pages = await Promise.all(urls.map((u) => limit(fetchPage, u)));
 * ```
 * At most `concurrency` tasks run at once; the others wait in a queue and start in the order
 * they were submitted (FIFO), each as soon as a running task finishes (fulfilled or rejected).
 * A task whose `fn` throws synchronously counts as a rejected task, not a thrown call.
 * `concurrency` must be an integer >= 1, or `Infinity`; anything else is a `TypeError`.
 */
export function pLimit(concurrency: number): Limit {
  // TODO: validate; keep a FIFO queue of waiting starters and an active counter; when a task
  // settles, decrement and start the next one. Expose activeCount/pendingCount as getters
  // (Object.defineProperties on the function).
  return todo('pLimit');
}
