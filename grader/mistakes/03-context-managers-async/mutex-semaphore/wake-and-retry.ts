// Mistake: a release frees the slot and wakes the waiter to try again later, so tryAcquire() and newcomers barge in and the waiter goes to the back.
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
type Waiter = { grant: (p: Permit) => void; reject: (e: unknown) => void; signal?: AbortSignal; onAbort?: () => void };

export class Semaphore {
  #free: number;
  #queue: Waiter[] = [];

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 0) throw new RangeError(`Semaphore: permits must be an integer >= 0, got ${permits}`);
    this.#free = permits;
  }

  /** Free slots right now. */
  get available(): number {
    return this.#free;
  }

  /** Callers waiting in `acquire()`. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** A permit releases at most once, however often release() or dispose is called. */
  #permit(): Permit {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#handOver();
    };
    return { release, [Symbol.dispose]: release };
  }

  /** A slot came back: give it straight to the longest waiter, or count it as free. */
  #handOver(): void {
    this.#free++;
    const next = this.#queue.shift();
    if (next) {
      void Promise.resolve().then(() => {
        if (this.#free > 0) {
          this.#free--;
          next.signal?.removeEventListener('abort', next.onAbort!);
          next.grant(this.#permit());
        } else {
          this.#queue.push(next);
        }
      });
    }
  }

  acquire(signal?: AbortSignal): Promise<Permit> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#free > 0 && this.#queue.length === 0) {
      this.#free--;
      return Promise.resolve(this.#permit());
    }
    return new Promise<Permit>((resolve, reject) => {
      const waiter: Waiter = { grant: resolve, reject };
      if (signal) {
        waiter.signal = signal;
        waiter.onAbort = () => {
          const i = this.#queue.indexOf(waiter);
          if (i >= 0) this.#queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#queue.push(waiter);
    });
  }

  tryAcquire(): Permit | undefined {
    if (this.#free > 0) {
      this.#free--;
      return this.#permit();
    }
    return undefined;
  }

  async runExclusive<T>(fn: () => T | PromiseLike<T>): Promise<T> {
    using _permit = await this.acquire();
    return await fn(); // `return await` so the permit is released after fn settles, not before
  }
}

/**
 * Python: `asyncio.Lock()` (`async with lock: ...`). A semaphore with one slot, plus `locked`.
 */
export class Mutex extends Semaphore {
  constructor() {
    super(1);
  }

  /** True while someone holds the lock (Python: `lock.locked()`). */
  get locked(): boolean {
    return this.available === 0;
  }
}
