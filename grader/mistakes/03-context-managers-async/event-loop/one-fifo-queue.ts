// Mistake: pictures one FIFO queue for everything (as with asyncio's call_soon), so a 0 ms timer or a nextTick runs in the order it was scheduled.
import type { SnippetId } from './_event-loop-snippets.ts';

export type { SnippetId };

export function predictLogOrder(snippet: SnippetId): string[] {
  switch (snippet) {
    case 'sync-then-micro-then-macro':
      return ['script start', 'script end', 'timeout', 'promise 1', 'promise 2'];
    case 'next-tick-first':
      return ['sync', 'immediate', 'promise', 'nextTick', 'queueMicrotask'];
    case 'await-splits-a-function':
      return ['A start', 'A resumed', 'B start', 'B resumed', 'after both calls'];
    case 'interleaved-chains':
      return ['a1', 'a2', 'a3', 'b1', 'b2'];
    case 'microtasks-before-timers':
      return ['microtask 1', 'timeout', 'microtask 2', 'microtask 3'];
    case 'io-then-immediate':
      return ['io callback', 'timeout', 'immediate'];
    case 'async-return-promise':
      return ['async function done', 'p1', 'p2', 'p3', 'p4'];
    case 'next-tick-inside-promise':
      return ['promise 1', 'nextTick from promise 1', 'promise 2'];
  }
}
