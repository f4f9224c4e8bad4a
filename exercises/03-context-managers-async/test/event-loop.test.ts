import { describe, expect, it } from 'vitest';
import { snippets, type SnippetId } from '../src/_event-loop-snippets.ts';
import { predictLogOrder } from '../src/event-loop.ts';

/** Runs a snippet at the start of a fresh macrotask and collects what it logs. */
const run = (id: SnippetId) =>
  new Promise<string[]>((resolve) => {
    const logs: string[] = [];
    setImmediate(() => snippets[id]((label) => logs.push(label), () => setImmediate(() => resolve(logs))));
  });

describe('predictLogOrder', () => {
  it('predicts sync-then-micro-then-macro', async () => {
    expect(predictLogOrder('sync-then-micro-then-macro')).toEqual(await run('sync-then-micro-then-macro'));
  });
  it('predicts await-splits-a-function', async () => {
    expect(predictLogOrder('await-splits-a-function')).toEqual(await run('await-splits-a-function'));
  });
});
