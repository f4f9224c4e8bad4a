// Mistake: takes the most recently queued task first (a stack), so waiting tasks start in reverse order.
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
  if (!(concurrency === Infinity || (Number.isInteger(concurrency) && concurrency >= 1))) {
    throw new TypeError(`pLimit: concurrency must be an integer >= 1 or Infinity, got ${String(concurrency)}`);
  }
  const queue: (() => void)[] = [];
  let head = 0; // queue.shift() is O(n); an index keeps a long queue O(1) per start
  let active = 0;

  const startNext = () => {
    if (active >= concurrency || head === queue.length) return;
    const start = queue.pop()!;
    start();
  };

  const limit = (<A extends unknown[], R>(fn: (...args: A) => R | PromiseLike<R>, ...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      queue.push(() => {
        active++;
        let result: Promise<R>;
        try {
          result = Promise.resolve(fn(...args));
        } catch (e) {
          // A synchronous throw is a failed task like any other: it must free its slot too.
          result = Promise.reject(e);
        }
        const done = () => {
          active--;
          startNext();
        };
        result.then(
          (value) => {
            resolve(value);
            done();
          },
          (error: unknown) => {
            reject(error);
            done();
          },
        );
      });
      startNext();
    })) as Limit;

  Object.defineProperties(limit, {
    activeCount: { get: () => active },
    pendingCount: { get: () => queue.length - head },
  });
  return limit;
}
