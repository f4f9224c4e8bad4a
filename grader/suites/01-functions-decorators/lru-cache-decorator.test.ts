import { describe, expect, it } from 'vitest';
import { lruCache, type CacheInfo, type LruCacheControls } from '@impl/01-functions-decorators/lru-cache-decorator';
import goldens from './goldens/lru-cache.json';

// Goldens: Python's functools.lru_cache on a method, cache_info() after every call
// (grader/goldens/01-functions-decorators.py).
interface Step {
  instance: number;
  arg: number;
  result: number;
  info: CacheInfo;
}

const controls = (method: unknown) => method as LruCacheControls;

/** A fresh class per test: the decorator runs when the class is defined, inside the test. */
function makeSubject(maxSize: number | null) {
  const bodyCalls: Array<[number, number]> = [];
  class Subject {
    constructor(readonly offset: number) {}
    @lruCache(maxSize)
    f(n: number): number {
      bodyCalls.push([this.offset, n]);
      return n * 10 + this.offset;
    }
  }
  return { Subject, bodyCalls };
}

describe('@lruCache', () => {
  it('gives hits 1, misses 5, currSize 2 for calls 1,2,1,3,2,1 with maxSize 2 (Python lru_cache)', () => {
    const { Subject } = makeSubject(2);
    const s = new Subject(0);
    for (const n of [1, 2, 1, 3, 2, 1]) s.f(n);
    expect(controls(s.f).cacheInfo()).toEqual({ hits: 1, misses: 5, maxSize: 2, currSize: 2 });
  });

  it.each(goldens.sequences.map((g) => ({ ...g, label: g.name })))('matches lru_cache statistics after every call: $label', (g) => {
    const { Subject, bodyCalls } = makeSubject(g.maxSize);
    const instances = [new Subject(0), new Subject(1)];
    (g.steps as Step[]).forEach((step, i) => {
      const result = instances[step.instance]!.f(step.arg);
      const info = controls(Subject.prototype.f).cacheInfo();
      expect({ call: i, instance: step.instance, arg: step.arg, result, info }).toEqual({ call: i, instance: step.instance, arg: step.arg, result: step.result, info: step.info });
    });
    // The method body runs exactly once per miss.
    expect(bodyCalls.length).toBe(g.steps.at(-1)!.info.misses);
  });

  it.each(goldens.fib.map((g) => ({ ...g, label: `fib(${g.n}) with maxSize ${g.maxSize}` })))('counts recursive calls like lru_cache: $label', (g) => {
    class Fib {
      @lruCache(g.maxSize)
      fib(k: number): number {
        return k < 2 ? k : this.fib(k - 1) + this.fib(k - 2);
      }
    }
    const value = new Fib().fib(g.n);
    expect({ value, info: controls(Fib.prototype.fib).cacheInfo() }).toEqual({ value: g.value, info: g.info });
  });

  it('counts a call that throws as a miss and stores nothing', () => {
    class Odd {
      @lruCache(4)
      f(n: number): number {
        if (n % 2) throw new Error(`odd ${n}`);
        return n;
      }
    }
    const o = new Odd();
    for (const step of goldens.raising) {
      let raised = false;
      try {
        o.f(step.arg);
      } catch {
        raised = true;
      }
      expect({ arg: step.arg, raised, info: controls(o.f).cacheInfo() }).toEqual(step);
    }
  });

  it('cacheClear() empties the cache and resets the statistics', () => {
    const { Subject } = makeSubject(2);
    const s = new Subject(0);
    for (const n of goldens.clear.calls) s.f(n);
    const c = controls(Subject.prototype.f);
    expect(c.cacheInfo()).toEqual(goldens.clear.before);
    c.cacheClear();
    expect(c.cacheInfo()).toEqual(goldens.clear.afterClear);
    s.f(1);
    expect(c.cacheInfo()).toEqual(goldens.clear.afterOneMoreCall);
  });

  it('keeps one cache per decorated method, reachable from any instance', () => {
    const { Subject } = makeSubject(8);
    const a = new Subject(0);
    const b = new Subject(5);
    expect(a.f).toBe(b.f);
    a.f(1);
    b.f(1);
    expect(controls(a.f).cacheInfo()).toEqual({ hits: 0, misses: 2, maxSize: 8, currSize: 2 });
  });

  it('gives each instance its own results (the instance is part of the key)', () => {
    const { Subject } = makeSubject(8);
    const a = new Subject(0);
    const b = new Subject(5);
    expect([a.f(1), b.f(1), a.f(1), b.f(1)]).toEqual([10, 15, 10, 15]);
  });

  it('keys on every argument', () => {
    let body = 0;
    class Pair {
      @lruCache(null)
      join(a: string, b: number): string {
        body++;
        return `${a}${b}`;
      }
    }
    const p = new Pair();
    expect([p.join('a', 1), p.join('a', 2), p.join('b', 1), p.join('a', 1)]).toEqual(['a1', 'a2', 'b1', 'a1']);
    expect(body).toBe(3);
    expect(controls(p.join).cacheInfo()).toEqual({ hits: 1, misses: 3, maxSize: null, currSize: 3 });
  });

  it('defaults to maxSize 128 like lru_cache', () => {
    class D {
      @lruCache()
      f(n: number) {
        return n;
      }
    }
    const d = new D();
    for (let i = 0; i < 200; i++) d.f(i);
    expect(controls(d.f).cacheInfo()).toEqual({ hits: 0, misses: 200, maxSize: 128, currSize: 128 });
  });
});
