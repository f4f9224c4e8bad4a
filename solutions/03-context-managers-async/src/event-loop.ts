import type { SnippetId } from './_event-loop-snippets.ts';

export type { SnippetId };

/**
 * Python's asyncio has one queue of ready callbacks (`loop.call_soon`) plus timers
 * (`loop.call_later`); a coroutine runs until its next `await` that actually suspends.
 * JavaScript (Node) has more queues, drained in a fixed order:
 * 1. the current synchronous code runs to the end;
 * 2. `process.nextTick` callbacks, then microtasks (promise reactions, `await` continuations,
 *    `queueMicrotask`), repeated until both queues are empty;
 * 3. the next macrotask: timers, I/O callbacks, `setImmediate`, in the loop's phase order.
 *
 * For each snippet in `_event-loop-snippets.ts`, return the labels it logs, in order.
 * Work them out on paper first; the hidden suite runs the snippets and compares.
 */
export function predictLogOrder(snippet: SnippetId): string[] {
  switch (snippet) {
    case 'sync-then-micro-then-macro':
      // All synchronous code first; then every microtask (the whole promise chain); then the timer.
      return ['script start', 'script end', 'promise 1', 'promise 2', 'timeout'];
    case 'next-tick-first':
      // Node drains the nextTick queue before the promise microtask queue; promise callbacks and queueMicrotask share one FIFO queue; setImmediate is a macrotask.
      return ['sync', 'nextTick', 'promise', 'queueMicrotask', 'immediate'];
    case 'await-splits-a-function':
      // An async function runs synchronously up to its first await; the rest is a microtask queued in call order.
      return ['A start', 'B start', 'after both calls', 'A resumed', 'B resumed'];
    case 'interleaved-chains':
      // Each .then callback is queued only when the previous link settles, so the two chains take turns, one link per round.
      return ['a1', 'b1', 'a2', 'b2', 'a3'];
    case 'microtasks-before-timers':
      // The microtask queue is drained completely, including microtasks queued while draining, before any timer runs.
      return ['microtask 1', 'microtask 2', 'microtask 3', 'timeout'];
    case 'io-then-immediate':
      // An I/O callback runs in the poll phase; the check phase (setImmediate) comes right after it, timers only on the next loop turn.
      return ['io callback', 'immediate', 'timeout'];
    case 'async-return-promise':
      // Returning a promise from an async function adopts it: two extra microtask hops before the function's own promise resolves.
      return ['p1', 'p2', 'async function done', 'p3', 'p4'];
    case 'next-tick-inside-promise':
      // Once Node is draining the promise queue it finishes it; a nextTick queued meanwhile waits until that queue is empty.
      return ['promise 1', 'promise 2', 'nextTick from promise 1'];
  }
}
