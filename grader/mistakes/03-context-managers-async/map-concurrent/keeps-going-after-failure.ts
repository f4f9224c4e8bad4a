// Mistake: after a call fails, the other workers keep starting new items (the failure only rejects the result).
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
  if (!(concurrency === Infinity || (Number.isInteger(concurrency) && concurrency >= 1))) {
    throw new TypeError(`mapConcurrent: concurrency must be an integer >= 1 or Infinity, got ${String(concurrency)}`);
  }
  const list = Array.from(items);
  const results = new Array<R>(list.length);
  let next = 0;

  // A worker keeps taking the next index until none are left: a finished call is replaced by
  // the next item at once, which batching with Promise.all(chunk) would not do.
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const i = next++;
      try {
        results[i] = await fn(list[i]!, i);
      } catch (e) {
        throw e;
      }
    }
  };
  const workers = Array.from({ length: Math.min(concurrency, list.length) }, worker);
  // Promise.all rejects with the first worker to fail; the others stop at their next turn.
  return Promise.all(workers).then(() => results);
}
