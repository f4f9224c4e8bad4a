import { todo } from '@roadmap/todo';
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
      // TODO: the labels of snippets['sync-then-micro-then-macro'], in the order they are logged.
      return todo('predictLogOrder(sync-then-micro-then-macro)');
    case 'next-tick-first':
      // TODO: the labels of snippets['next-tick-first'], in the order they are logged.
      return todo('predictLogOrder(next-tick-first)');
    case 'await-splits-a-function':
      // TODO: the labels of snippets['await-splits-a-function'], in the order they are logged.
      return todo('predictLogOrder(await-splits-a-function)');
    case 'interleaved-chains':
      // TODO: the labels of snippets['interleaved-chains'], in the order they are logged.
      return todo('predictLogOrder(interleaved-chains)');
    case 'microtasks-before-timers':
      // TODO: the labels of snippets['microtasks-before-timers'], in the order they are logged.
      return todo('predictLogOrder(microtasks-before-timers)');
    case 'io-then-immediate':
      // TODO: the labels of snippets['io-then-immediate'], in the order they are logged.
      return todo('predictLogOrder(io-then-immediate)');
    case 'async-return-promise':
      // TODO: the labels of snippets['async-return-promise'], in the order they are logged.
      return todo('predictLogOrder(async-return-promise)');
    case 'next-tick-inside-promise':
      // TODO: the labels of snippets['next-tick-inside-promise'], in the order they are logged.
      return todo('predictLogOrder(next-tick-inside-promise)');
  }
}
