import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Mutex, Semaphore } from '@impl/03-context-managers-async/mutex-semaphore';
import { track } from './_kit.ts';

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('Semaphore: random interleavings (fast-check scheduler)', () => {
  it('never lets more than n in, grants slots in the order acquire() was called, and ends with every slot free', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 10 }), async (s, n, k) => {
        const sem = new Semaphore(n);
        let inside = 0;
        let peak = 0;
        const called: number[] = [];
        const entered: number[] = [];
        const task = async (id: number) => {
          await s.schedule(Promise.resolve(), `arrive ${id}`);
          called.push(id);
          using _permit = await sem.acquire();
          entered.push(id);
          inside++;
          peak = Math.max(peak, inside);
          await s.schedule(Promise.resolve(), `work ${id}`);
          inside--;
        };
        await s.waitFor(Promise.all(Array.from({ length: k }, (_, i) => task(i))));
        expect(peak).toBeLessThanOrEqual(n);
        expect(entered, 'order of entering').toEqual(called);
        expect([sem.available, sem.waiting]).toEqual([n, 0]);
      }),
    );
  });
  it('protects a read-modify-write across an await (no lost updates) with Mutex.runExclusive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 8 }), async (s, k) => {
        const m = new Mutex();
        let balance = 0;
        const deposit = (id: number) =>
          m.runExclusive(async () => {
            const read = balance;
            await s.schedule(Promise.resolve(), `deposit ${id}`);
            balance = read + 1;
            return id;
          });
        const ids = await s.waitFor(Promise.all(Array.from({ length: k }, (_, i) => deposit(i))));
        expect(ids).toEqual(Array.from({ length: k }, (_, i) => i));
        expect(balance).toBe(k);
        expect(m.locked).toBe(false);
      }),
    );
  });
});

describe('Semaphore: scripted', () => {
  it('counts free slots and waiters', async () => {
    const sem = new Semaphore(2);
    expect([sem.available, sem.waiting]).toEqual([2, 0]);
    const a = await sem.acquire();
    const b = await sem.acquire();
    const c = track(sem.acquire());
    await flush();
    expect([sem.available, sem.waiting, c.state]).toEqual([0, 1, 'pending']);
    a.release();
    await flush();
    expect([sem.available, sem.waiting, c.state]).toEqual([0, 0, 'fulfilled']);
    b.release();
    c.value!.release();
    expect([sem.available, sem.waiting]).toEqual([2, 0]);
  });
  it('hands a released slot straight to the longest waiter: tryAcquire cannot jump the queue', async () => {
    const sem = new Semaphore(1);
    const holder = await sem.acquire();
    const w1 = track(sem.acquire());
    const w2 = track(sem.acquire());
    holder.release();
    expect(sem.tryAcquire()).toBeUndefined();
    await flush();
    expect([w1.state, w2.state]).toEqual(['fulfilled', 'pending']);
    expect(sem.tryAcquire()).toBeUndefined();
    w1.value!.release();
    await flush();
    expect(w2.state).toBe('fulfilled');
  });
  it('ignores a second release of the same permit (it cannot create an extra slot)', async () => {
    const sem = new Semaphore(1);
    const p = await sem.acquire();
    const w1 = track(sem.acquire());
    const w2 = track(sem.acquire());
    p.release();
    p.release();
    p[Symbol.dispose]();
    await flush();
    expect([w1.state, w2.state]).toEqual(['fulfilled', 'pending']);
    w1.value!.release();
    await flush();
    w2.value!.release();
    w2.value!.release();
    expect(sem.available).toBe(1);
  });
  it('releases the permit at the end of a using block, also when the block throws', async () => {
    const sem = new Semaphore(1);
    const run = async (fail: boolean) => {
      using _p = await sem.acquire();
      expect(sem.available).toBe(0);
      if (fail) throw new Error('inside');
    };
    await run(false);
    expect(sem.available).toBe(1);
    await expect(run(true)).rejects.toThrow('inside');
    expect(sem.available).toBe(1);
  });
  it('takes an aborted waiter out of the queue, rejects with the reason and loses no slot', async () => {
    const sem = new Semaphore(1);
    const holder = await sem.acquire();
    const c = new AbortController();
    const aborted = track(sem.acquire(c.signal));
    const next = track(sem.acquire());
    expect(sem.waiting).toBe(2);
    const reason = new Error('gave up');
    c.abort(reason);
    await flush();
    expect(aborted).toEqual({ state: 'rejected', reason });
    expect(sem.waiting).toBe(1);
    holder.release();
    await flush();
    expect(next.state).toBe('fulfilled');
    next.value!.release();
    expect([sem.available, sem.waiting]).toEqual([1, 0]);
  });
  it('rejects at once for an already aborted signal, without taking a free slot', async () => {
    const sem = new Semaphore(1);
    const c = new AbortController();
    c.abort('no');
    await expect(sem.acquire(c.signal)).rejects.toBe('no');
    expect(sem.available).toBe(1);
  });
  it('removes its abort listener once the slot is granted', async () => {
    const sem = new Semaphore(1);
    const holder = await sem.acquire();
    const c = new AbortController();
    const w = track(sem.acquire(c.signal));
    holder.release();
    await flush();
    expect(w.state).toBe('fulfilled');
    expect(getEventListeners(c.signal, 'abort').length).toBe(0);
    c.abort('late');
    w.value!.release();
    expect(sem.available).toBe(1);
  });
  it('runExclusive holds the slot until fn settles, returns its value and releases after a rejection', async () => {
    const sem = new Semaphore(1);
    let release!: () => void;
    const r = track(
      sem.runExclusive(
        () =>
          new Promise<string>((resolve) => {
            release = () => resolve('done');
          }),
      ),
    );
    await flush();
    expect(sem.available).toBe(0);
    release();
    await flush();
    expect(r).toEqual({ state: 'fulfilled', value: 'done' });
    expect(sem.available).toBe(1);
    const err = new Error('fn failed');
    await expect(
      sem.runExclusive(async () => {
        throw err;
      }),
    ).rejects.toBe(err);
    expect(sem.available).toBe(1);
    await expect(
      sem.runExclusive(() => {
        throw err;
      }),
    ).rejects.toBe(err);
    expect(sem.available).toBe(1);
  });
  it('with 0 permits, tryAcquire fails and acquire waits', async () => {
    const sem = new Semaphore(0);
    expect(sem.tryAcquire()).toBeUndefined();
    const w = track(sem.acquire());
    await flush();
    expect([w.state, sem.waiting]).toEqual(['pending', 1]);
  });
  it('rejects a permit count that is not an integer >= 0 with a RangeError', () => {
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => new Semaphore(bad), `new Semaphore(${bad})`).toThrow(RangeError);
  });
});

describe('Mutex', () => {
  it('is a Semaphore with a single slot and reports locked()', async () => {
    const m = new Mutex();
    expect(m).toBeInstanceOf(Semaphore);
    expect([m.locked, m.available]).toEqual([false, 1]);
    const p = m.tryAcquire();
    expect(p).toBeDefined();
    expect(m.locked).toBe(true);
    expect(m.tryAcquire()).toBeUndefined();
    const w = track(m.acquire());
    p!.release();
    await flush();
    expect([w.state, m.locked]).toEqual(['fulfilled', true]);
    w.value!.release();
    expect(m.locked).toBe(false);
  });
});
