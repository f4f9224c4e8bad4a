import { describe, expect, it } from 'vitest';
import { paginate, type Page } from '@impl/02-iterators-generators/paginate';

// Oracle: a fake cursor-paginated API that logs every request, how many are in flight at once,
// and when onClose runs, compared with the sequence of pages it serves.

function fakeApi(pages: Record<string, Page<number>>, failAt?: string) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = async (cursor: string | null): Promise<Page<number>> => {
    const key = cursor ?? 'START';
    log.push(`fetch ${key}`);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Let other microtasks run, as a real request would.
    await Promise.resolve();
    await Promise.resolve();
    inFlight--;
    if (key === failAt) throw new Error(`server error at ${key}`);
    const page = pages[key];
    if (!page) throw new Error(`no page at cursor ${key}`);
    return page;
  };
  const onClose = () => log.push('close');
  return { fetchPage, onClose, log, maxInFlight: () => maxInFlight };
}

const threePages: Record<string, Page<number>> = {
  START: { items: [1, 2, 3], next: 'p2' },
  p2: { items: [4, 5], next: 'p3' },
  p3: { items: [6], next: null },
};

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('paginate', () => {
  it('yields every item of every page in order and stops at a null cursor', async () => {
    const api = fakeApi(threePages);
    const items = await collect(paginate(api.fetchPage, { onClose: api.onClose }));
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect(api.log).toEqual(['fetch START', 'fetch p2', 'fetch p3', 'close']);
  });

  it('fetches nothing before the first next(), and the next page only when it is needed', async () => {
    const api = fakeApi(threePages);
    const it = paginate(api.fetchPage, { onClose: api.onClose });
    expect(api.log).toEqual([]);
    expect(await it.next()).toEqual({ done: false, value: 1 });
    expect(api.log).toEqual(['fetch START']);
    await it.next();
    await it.next();
    expect(api.log).toEqual(['fetch START']); // page 1 used up, page 2 not asked for yet
    expect(await it.next()).toEqual({ done: false, value: 4 });
    expect(api.log).toEqual(['fetch START', 'fetch p2']);
  });

  it('never has two requests in flight', async () => {
    const api = fakeApi(threePages);
    await collect(paginate(api.fetchPage));
    expect(api.maxInFlight()).toBe(1);
  });

  it('goes on past empty pages, and treats an empty-string cursor as a cursor', async () => {
    const api = fakeApi({
      START: { items: [], next: '' },
      '': { items: [7], next: 'x' },
      x: { items: [], next: null },
    });
    expect(await collect(paginate(api.fetchPage, { onClose: api.onClose }))).toEqual([7]);
    expect(api.log).toEqual(['fetch START', 'fetch ', 'fetch x', 'close']);
  });

  it('stops fetching and closes once when the caller breaks out early', async () => {
    const api = fakeApi(threePages);
    const seen: number[] = [];
    for await (const x of paginate(api.fetchPage, { onClose: api.onClose })) {
      seen.push(x);
      if (x === 4) break; // calls return() on the generator
    }
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(api.log).toEqual(['fetch START', 'fetch p2', 'close']);
  });

  it('closes when return() is called by hand, and is done afterwards', async () => {
    const api = fakeApi(threePages);
    const it = paginate(api.fetchPage, { onClose: api.onClose });
    await it.next();
    expect(await it.return()).toEqual({ done: true, value: undefined });
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(api.log).toEqual(['fetch START', 'close']);
  });

  it('rejects with the API error, after closing', async () => {
    const api = fakeApi(threePages, 'p2');
    const seen: number[] = [];
    let error: unknown;
    try {
      for await (const x of paginate(api.fetchPage, { onClose: api.onClose })) seen.push(x);
    } catch (e) {
      error = e;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(error).toEqual(new Error('server error at p2'));
    expect(api.log).toEqual(['fetch START', 'fetch p2', 'close']);
  });

  it('works without options', async () => {
    const api = fakeApi({ START: { items: [1], next: null } });
    expect(await collect(paginate(api.fetchPage))).toEqual([1]);
  });
});
