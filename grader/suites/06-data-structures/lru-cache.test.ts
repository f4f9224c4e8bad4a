import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LRUCache } from '@impl/06-data-structures/lru-cache';
import { everyCase, loadGolden, same } from './_kit.ts';

// Oracles: the LeetCode 146 example, Python's functools.lru_cache hit/miss record (goldens) and a
// model-based run against a Map used as an ordered list (delete + set = move to the end).
interface LruCase {
  maxsize: number;
  calls: number[];
  hits: boolean[];
  info: { hits: number; misses: number; currsize: number };
}
const golden = loadGolden<{ lruCache: LruCase[] }>('lru-cache');

type Real = LRUCache<number, number>;
class Model {
  map = new Map<number, number>();
  constructor(readonly capacity: number) {}
  touch(k: number, v: number) {
    this.map.delete(k);
    this.map.set(k, v);
  }
}
const agree = (m: Model, r: Real, op: string) => same({ keys: r.keys(), size: r.size }, { keys: [...m.map.keys()], size: m.map.size }, `keys (LRU first) after ${op}`);
const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    run(m, r);
    agree(m, r, name);
  },
  toString: () => name,
});
const key = fc.integer({ min: 0, max: 8 });
const commands = [
  fc.tuple(key, fc.integer({ min: 0, max: 99 })).map(([k, v]) =>
    cmd(`put(${k}, ${v})`, (m, r) => {
      m.touch(k, v);
      if (m.map.size > m.capacity) m.map.delete(m.map.keys().next().value!);
      r.put(k, v);
    }),
  ),
  key.map((k) =>
    cmd(`get(${k})`, (m, r) => {
      const want = m.map.get(k);
      if (want !== undefined) m.touch(k, want);
      same(r.get(k), want, `get(${k})`);
    }),
  ),
  key.map((k) => cmd(`has(${k})`, (m, r) => same(r.has(k), m.map.has(k), `has(${k})`))),
  key.map((k) => cmd(`delete(${k})`, (m, r) => same(r.delete(k), m.map.delete(k), `delete(${k})`))),
];

describe('LRUCache', () => {
  it('plays the LeetCode 146 example: [null,null,null,1,null,-1,null,-1,3,4]', () => {
    const cache = new LRUCache<number, number>(2);
    const out: (number | null)[] = [null];
    const get = (k: number) => out.push(cache.get(k) ?? -1);
    const put = (k: number, v: number) => {
      cache.put(k, v);
      out.push(null);
    };
    put(1, 1);
    put(2, 2);
    get(1);
    put(3, 3);
    get(2);
    put(4, 4);
    get(1);
    get(3);
    get(4);
    expect(out).toEqual([null, null, null, 1, null, -1, null, -1, 3, 4]);
  });

  it("hits and misses exactly like Python's functools.lru_cache(maxsize)", () => {
    everyCase(
      golden.lruCache,
      (c) => `lru_cache(maxsize=${c.maxsize}) called with ${JSON.stringify(c.calls)}`,
      (c) => {
        const cache = new LRUCache<number, number>(c.maxsize);
        const hits = c.calls.map((x) => {
          if (cache.get(x) !== undefined) return true;
          cache.put(x, x * 10);
          return false;
        });
        same(hits, c.hits, 'hit (true) or miss (false) per call');
        same(cache.size, c.info.currsize, 'currsize');
      },
    );
  });

  it('matches a Map model over random put/get/has/delete sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.commands(commands, { maxCommands: 80 }), (capacity, cmds) =>
        fc.modelRun(() => ({ model: new Model(capacity), real: new LRUCache<number, number>(capacity) }), cmds),
      ),
    );
  });

  it('put on an existing key updates the value and makes it the most recent', () => {
    const cache = new LRUCache<string, number>(2);
    cache.put('a', 1);
    cache.put('b', 2);
    cache.put('a', 10);
    cache.put('c', 3); // evicts b, the least recently used
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.get('a')).toBe(10);
  });

  it('has and keys do not change the order', () => {
    const cache = new LRUCache<string, number>(2);
    cache.put('a', 1);
    cache.put('b', 2);
    expect(cache.has('a')).toBe(true);
    expect(cache.keys()).toEqual(['a', 'b']);
    cache.put('c', 3);
    expect(cache.has('a')).toBe(false);
  });

  it('rejects a capacity that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, NaN]) expect(() => new LRUCache(bad), String(bad)).toThrow(RangeError);
  });

  it('holds exactly the 20 000 most recent keys of 60 000 puts', () => {
    const cache = new LRUCache<number, number>(20_000);
    let hits = 0;
    for (let i = 0; i < 60_000; i++) cache.put(i, i);
    for (let i = 0; i < 60_000; i++) if (cache.get(i) === i) hits++;
    expect(hits).toBe(20_000);
    expect(cache.size).toBe(20_000);
    expect(cache.keys()[0]).toBe(40_000);
  });
});
