import { describe, expect, it } from 'vitest';
import { WideColumnTable } from '../src/wide-column.ts';

const schema = { partitionKey: ['sensor'], clusteringKey: [{ column: 'ts', order: 'desc' as const }] };

describe('WideColumnTable', () => {
  it('keeps each partition in clustering order (newest first here)', () => {
    const t = new WideColumnTable(schema);
    for (const ts of [3, 9, 1]) t.insert({ sensor: 's1', ts, value: ts * 10 });
    t.insert({ sensor: 's2', ts: 5, value: 0 });
    expect(t.select({ sensor: 's1' }).map((r) => r.ts)).toEqual([9, 3, 1]);
  });
  it('slices by a range on the clustering column, with a limit', () => {
    const t = new WideColumnTable(schema);
    for (const ts of [1, 2, 3, 4, 5]) t.insert({ sensor: 's1', ts });
    expect(t.select({ sensor: 's1' }, { range: { column: 'ts', gte: 2, lt: 5 }, limit: 2 }).map((r) => r.ts)).toEqual([4, 3]);
  });
});
