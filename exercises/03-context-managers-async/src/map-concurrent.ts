import { todo } from '@roadmap/todo';

/**
 * Python:
 * ```python
 * sem = asyncio.Semaphore(n)
 * async def one(item):
 *     async with sem:
 *         return await fn(item)
 * results = await asyncio.gather(*(one(x) for x in items))     # in input order
 * ```
 * TypeScript:
 * ```ts
 * const results = await mapConcurrent(items, (x, i) => fn(x), n);
 * ```
 * Calls `fn(item, index)` for every item with at most `concurrency` calls in flight, starting
 * items in input order, each as soon as a running one finishes (no waiting for a whole batch).
 * Resolves to the results in input order, whatever order they finished in.
 * On the first rejection (or synchronous throw) the returned promise rejects with that error and
 * no further items are started; calls already running are left to finish, their results ignored.
 * `concurrency` must be an integer >= 1, or `Infinity`, else a `TypeError` (thrown at once).
 */
export function mapConcurrent<T, R>(
  items: Iterable<T>,
  fn: (item: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): Promise<R[]> {
  // TODO: start min(concurrency, items.length) "workers"; each takes the next index, awaits
  // fn(item, index), stores the result at that index, and loops until no items are left.
  return todo('mapConcurrent');
}
