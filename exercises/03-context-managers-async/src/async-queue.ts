import { todo } from '@roadmap/todo';
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
  constructor(options: AsyncQueueOptions = {}) {
    // TODO: validate maxSize; set up the item buffer, the waiting getters and putters, the
    // unfinished-task count and the join waiters.
    todo('AsyncQueue');
  }

  /** Python `qsize()`. */
  get size(): number {
    return todo('AsyncQueue.size');
  }

  /** The bound, `Infinity` when unbounded. */
  get maxSize(): number {
    return todo('AsyncQueue.maxSize');
  }

  empty(): boolean {
    return todo('AsyncQueue.empty');
  }

  full(): boolean {
    return todo('AsyncQueue.full');
  }

  putNowait(item: T): void {
    // TODO: a waiting getter takes the item directly; else buffer it, or throw QueueFull.
    todo('AsyncQueue.putNowait');
  }

  getNowait(): T {
    // TODO: take the oldest item (then let the oldest waiting putter in), or throw QueueEmpty.
    return todo('AsyncQueue.getNowait');
  }

  put(item: T): Promise<void> {
    // TODO: like putNowait, but wait in line instead of throwing.
    return todo('AsyncQueue.put');
  }

  get(): Promise<T> {
    // TODO: like getNowait, but wait in line instead of throwing.
    return todo('AsyncQueue.get');
  }

  taskDone(): void {
    // TODO
    todo('AsyncQueue.taskDone');
  }

  join(): Promise<void> {
    // TODO
    return todo('AsyncQueue.join');
  }
}
