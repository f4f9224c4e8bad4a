import { todo } from '@roadmap/todo';

/** One acquired slot. Release it once; `using` releases it for you at the end of the block. */
export interface Permit extends Disposable {
  /** Gives the slot back. Releasing the same permit again does nothing. */
  release(): void;
}

/**
 * Python:
 * ```python
 * sem = asyncio.Semaphore(3)
 * async with sem:            # waits while 3 tasks are inside
 *     await download(url)
 * ```
 * TypeScript:
 * ```ts
 * const sem = new Semaphore(3);
 * {
 *   using _permit = await sem.acquire();   // released when the block ends, also on throw
 *   await download(url);
 * }
 * await sem.runExclusive(() => download(url)); // the same, as a callback
 * ```
 * Rules:
 * - `new Semaphore(n)`: `n` is an integer >= 0, else `RangeError`.
 * - `acquire()` resolves with a `Permit` at once when a slot is free and nobody is waiting;
 *   otherwise the caller waits in a FIFO queue. A released slot goes straight to the longest
 *   waiter: nobody can jump the queue (not even `tryAcquire()`).
 * - `acquire(signal)`: if the signal aborts while waiting, the caller leaves the queue and the
 *   promise rejects with `signal.reason` (at once if already aborted); no slot is lost.
 * - `tryAcquire()` returns a `Permit` or `undefined`, never waits.
 * - `runExclusive(fn)` acquires, runs `fn`, releases whether it resolved or threw, and settles
 *   like `fn`.
 */
export class Semaphore {
  constructor(permits: number) {
    // TODO: validate, keep the free-slot count and a FIFO queue of waiters.
    todo('Semaphore');
  }

  /** Free slots right now. */
  get available(): number {
    return todo('Semaphore.available');
  }

  /** Callers waiting in `acquire()`. */
  get waiting(): number {
    return todo('Semaphore.waiting');
  }

  acquire(signal?: AbortSignal): Promise<Permit> {
    // TODO: a free slot and an empty queue: resolve with a permit; else enqueue a waiter
    // (and take it out of the queue again if the signal aborts).
    return todo('Semaphore.acquire');
  }

  tryAcquire(): Permit | undefined {
    // TODO
    return todo('Semaphore.tryAcquire');
  }

  runExclusive<T>(fn: () => T | PromiseLike<T>): Promise<T> {
    // TODO: acquire, then run fn and release in a finally.
    return todo('Semaphore.runExclusive');
  }
}

/**
 * Python: `asyncio.Lock()` (`async with lock: ...`). A semaphore with one slot, plus `locked`.
 */
export class Mutex extends Semaphore {
  constructor() {
    // TODO: a Mutex is a Semaphore with one permit.
    super(todo('Mutex'));
  }

  /** True while someone holds the lock (Python: `lock.locked()`). */
  get locked(): boolean {
    return todo('Mutex.locked');
  }
}
