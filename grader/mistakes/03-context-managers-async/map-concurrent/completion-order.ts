// Mistake: pushes each result when its call finishes, so the results come back in completion order, not input order.
export function mapConcurrent<T, R>(
  items: Iterable<T>,
  fn: (item: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): Promise<R[]> {
  if (!(concurrency === Infinity || (Number.isInteger(concurrency) && concurrency >= 1))) {
    throw new TypeError(`mapConcurrent: concurrency must be an integer >= 1 or Infinity, got ${String(concurrency)}`);
  }
  const list = Array.from(items);
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < list.length) {
      const i = next++;
      try {
        results.push(await fn(list[i]!, i));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  return Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker)).then(() => results);
}
