/** One page of a cursor-paginated API: its items and the cursor of the next page (null: last). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** Fetches the page at `cursor`; the first page has cursor null. */
export type FetchPage<T> = (cursor: string | null) => Promise<Page<T>>;

export interface PaginateOptions {
  /** Called exactly once when the iteration is over: after the last page, on break, or on error. */
  onClose?: () => void;
}

/**
 * Python (an async generator):
 * ```python
 * async def paginate(fetch_page):
 *     cursor = None
 *     try:
 *         while True:
 *             page = await fetch_page(cursor)
 *             for item in page.items:
 *                 yield item
 *             if page.next is None:
 *                 break
 *             cursor = page.next
 *     finally:
 *         ...  # runs on exhaustion, on aclose() (a `break` out of `async for`), and on errors
 *
 * async for user in paginate(api.users):
 *     ...
 * ```
 * TypeScript: an `async function*`, consumed with `for await (const user of paginate(fetch))`.
 * Lazy: the first page is fetched on the first `next()`, and the next page only once every item
 * of the current one has been taken and another is asked for. One request at a time. Stops
 * after a page whose `next` is null (an empty string is a cursor like any other). When the
 * caller stops early (`break` calls the generator's `return()`), no further page is fetched.
 */
export async function* paginate<T>(fetchPage: FetchPage<T>, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
  try {
    let cursor: string | null = null;
    for (;;) {
      const page: Page<T> = await fetchPage(cursor);
      // While suspended in here, a return() from the caller resumes the generator as if this
      // yield were a `return`: the loop is left and the finally block runs.
      yield* page.items;
      if (page.next === null) return; // `=== null`: '' is a valid cursor
      cursor = page.next;
    }
  } finally {
    options.onClose?.();
  }
}
