import { describe, expect, it } from 'vitest';
import { predictLogOrder } from '@impl/03-context-managers-async/event-loop';
// The grader's own copy of the snippets (identical to src/_event-loop-snippets.ts): editing the
// learner's copy cannot change what is run here.
import { type SnippetId, snippets } from './_event-loop-snippets.ts';

/** Runs a snippet at the start of a fresh macrotask and collects what it logs, until it is done. */
const run = (id: SnippetId) =>
  new Promise<string[]>((resolve) => {
    const logs: string[] = [];
    setImmediate(() => snippets[id]((label) => logs.push(label), () => setImmediate(() => resolve(logs))));
  });

describe('predictLogOrder: the real event loop decides', () => {
  it.each(Object.keys(snippets) as SnippetId[])('predicts the log order of %s', async (id) => {
    const actual = await run(id);
    const predicted = predictLogOrder(id);
    expect(predicted, `snippet ${id}`).toEqual(actual);
  });
});
