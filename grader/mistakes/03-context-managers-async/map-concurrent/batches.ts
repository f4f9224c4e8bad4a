// Mistake: processes the items in batches of n with Promise.all, so a fast call's slot waits for the slowest call of its batch.
export function mapConcurrent<T, R>(
  items: Iterable<T>,
  fn: (item: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): Promise<R[]> {
  if (!(concurrency === Infinity || (Number.isInteger(concurrency) && concurrency >= 1))) {
    throw new TypeError(`mapConcurrent: concurrency must be an integer >= 1 or Infinity, got ${String(concurrency)}`);
  }
  const list = Array.from(items);
  return (async () => {
    const results: R[] = [];
    const size = Math.min(concurrency, Math.max(list.length, 1));
    for (let start = 0; start < list.length; start += size) {
      const batch = list.slice(start, start + size);
      results.push(...(await Promise.all(batch.map(async (x, k) => fn(x, start + k)))));
    }
    return results;
  })();
}
