// Mistake: takes the newest item first (pop instead of shift): a stack, not a queue.
import { QueueEmpty, QueueFull } from './_queue-errors.ts';

export { QueueEmpty, QueueFull };

export interface AsyncQueueOptions {
  /** Most items the queue holds; `0` or `Infinity` (the default) means unbounded, as in Python. */
  maxSize?: number;
}

/**
 * Python `asyncio.Queue(maxsize)`:
 * ```python
 * q = asyncio.Queue(maxsize=10)
 * await q.put(job)          # waits while the queue is full
 * job = await q.get()       # waits while it is empty
 * q.task_done()             # one per item got, when its work is finished
 * await q.join()            # until every item put has been marked done
 * ```
 * TypeScript:
 * ```ts
 * const q = new AsyncQueue<Job>({ maxSize: 10 });
 * await q.put(job);
 * const next = await q.get();
 * q.taskDone();
 * await q.join();
 * ```
 * Rules (those of asyncio.Queue):
 * - FIFO. `size` counts the items waiting in the queue; `full()` is `size >= maxSize` (never
 *   true when unbounded); `empty()` is `size === 0`.
 * - `put` waits while full, `get` waits while empty; waiting callers are served in arrival order.
 *   When a `get` frees a place, the longest-waiting `put` gets its item in; when a `put` arrives
 *   while callers wait in `get`, the longest-waiting `get` receives the item.
 * - `putNowait` throws `QueueFull` instead of waiting; `getNowait` throws `QueueEmpty`.
 * - Every item that enters the queue (by `put` or `putNowait`) adds one unfinished task;
 *   `taskDone()` removes one, and throws a `RangeError` when there are none (Python's
 *   ValueError). `join()` resolves once no unfinished tasks remain (at once if none).
 * - `maxSize` must be an integer >= 0 or `Infinity`, else `RangeError`.
 */
export class AsyncQueue<T> {
  readonly #max: number;
  #items: T[] = [];
  /** Callers blocked in get(), oldest first: each receives the next item directly. */
  #getters: ((item: T) => void)[] = [];
  /** Callers blocked in put(), oldest first, with the item they bring. */
  #putters: { item: T; done: () => void }[] = [];
  #unfinished = 0;
  #joiners: (() => void)[] = [];

  constructor(options: AsyncQueueOptions = {}) {
    const { maxSize = Infinity } = options;
    if (!(maxSize === Infinity || (Number.isInteger(maxSize) && maxSize >= 0))) {
      throw new RangeError(`AsyncQueue: maxSize must be an integer >= 0 or Infinity, got ${maxSize}`);
    }
    this.#max = maxSize === 0 ? Infinity : maxSize; // Python: maxsize <= 0 means unbounded
  }

  /** Python `qsize()`. */
  get size(): number {
    return this.#items.length;
  }

  /** The bound, `Infinity` when unbounded. */
  get maxSize(): number {
    return this.#max;
  }

  empty(): boolean {
    return this.#items.length === 0;
  }

  full(): boolean {
    return this.#items.length >= this.#max;
  }

  /** The item enters the queue: counted as unfinished, handed to a waiting getter if any. */
  #enter(item: T): void {
    this.#unfinished++;
    const getter = this.#getters.shift();
    // A getter only waits while the buffer is empty, so handing over keeps FIFO order.
    if (getter) getter(item);
    else this.#items.push(item);
  }

  /** Takes the oldest item; the freed place goes to the oldest waiting putter. */
  #take(): T {
    const item = this.#items.pop()!;
    const putter = this.#putters.shift();
    if (putter) {
      this.#enter(putter.item);
      putter.done();
    }
    return item;
  }

  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this.#enter(item);
  }

  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    return this.#take();
  }

  put(item: T): Promise<void> {
    // Wait when full, and also when others already wait: arrivals do not overtake the line.
    if (!this.full() && this.#putters.length === 0) {
      this.#enter(item);
      return Promise.resolve();
    }
    return new Promise<void>((done) => this.#putters.push({ item, done }));
  }

  get(): Promise<T> {
    if (!this.empty()) return Promise.resolve(this.#take());
    return new Promise<T>((resolve) => this.#getters.push(resolve));
  }

  taskDone(): void {
    if (this.#unfinished === 0) throw new RangeError('taskDone() called too many times');
    if (--this.#unfinished === 0) {
      const joiners = this.#joiners;
      this.#joiners = [];
      for (const j of joiners) j();
    }
  }

  join(): Promise<void> {
    if (this.#unfinished === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.#joiners.push(resolve));
  }
}
