// Mistake: gets the basics right but misses the subtle cases: an async function returning a promise costs extra ticks, and a nextTick queued from a promise waits for the promise queue to drain.
import type { SnippetId } from './_event-loop-snippets.ts';

export type { SnippetId };

export function predictLogOrder(snippet: SnippetId): string[] {
  switch (snippet) {
    case 'sync-then-micro-then-macro':
      return ['script start', 'script end', 'promise 1', 'promise 2', 'timeout'];
    case 'next-tick-first':
      return ['sync', 'nextTick', 'promise', 'queueMicrotask', 'immediate'];
    case 'await-splits-a-function':
      return ['A start', 'B start', 'after both calls', 'A resumed', 'B resumed'];
    case 'interleaved-chains':
      return ['a1', 'b1', 'a2', 'b2', 'a3'];
    case 'microtasks-before-timers':
      return ['microtask 1', 'microtask 2', 'microtask 3', 'timeout'];
    case 'io-then-immediate':
      return ['io callback', 'immediate', 'timeout'];
    case 'async-return-promise':
      return ['p1', 'async function done', 'p2', 'p3', 'p4'];
    case 'next-tick-inside-promise':
      return ['promise 1', 'nextTick from promise 1', 'promise 2'];
  }
}
