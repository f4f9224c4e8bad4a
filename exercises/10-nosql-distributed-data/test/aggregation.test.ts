import { describe, expect, it } from 'vitest';
import { aggregate } from '../src/aggregation.ts';

const orders = [
  { _id: 1, customer: 'ada', total: 30, items: ['pen', 'ink'] },
  { _id: 2, customer: 'bob', total: 12, items: ['pen'] },
  { _id: 3, customer: 'ada', total: 8, items: [] },
];

describe('aggregate', () => {
  it('groups and sums per key', () => {
    expect(aggregate(orders, [{ $group: { _id: '$customer', spent: { $sum: '$total' }, n: { $sum: 1 } } }, { $sort: { spent: -1 } }])).toEqual([
      { _id: 'ada', spent: 38, n: 2 },
      { _id: 'bob', spent: 12, n: 1 },
    ]);
  });
  it('unwinds arrays into one document per element', () => {
    expect(aggregate(orders, [{ $unwind: '$items' }, { $project: { _id: 0, items: 1 } }])).toEqual([{ items: 'pen' }, { items: 'ink' }, { items: 'pen' }]);
  });
});
