import { describe, expect, it } from 'vitest';
import { describe as describeFrame, groupBy, merge } from '../src/groupby-merge.ts';

const staff = [
  { dept: 'IT', salary: 70000 },
  { dept: 'HR', salary: 50000 },
  { dept: 'IT', salary: null },
  { dept: 'IT', salary: 90000 },
];

describe('groupby-merge', () => {
  it('aggregates per group, sorted by key, skipping missing values', () => {
    expect(groupBy(staff, 'dept').agg({ n: ['salary', 'count'], avg: ['salary', 'mean'] })).toEqual([
      { dept: 'HR', n: 1, avg: 50000 },
      { dept: 'IT', n: 2, avg: 80000 },
    ]);
  });
  it('fills the unmatched side of a left join with null', () => {
    const heads = [{ dept: 'IT', head: 'Ada' }];
    expect(merge([{ dept: 'HR' }, { dept: 'IT' }], heads, { on: 'dept', how: 'left' })).toEqual([
      { dept: 'HR', head: null },
      { dept: 'IT', head: 'Ada' },
    ]);
  });
  it('describes with the sample standard deviation (ddof 1)', () => {
    expect(describeFrame([{ x: 1 }, { x: 2 }, { x: 3 }, { x: 4 }]).x).toEqual({
      count: 4, mean: 2.5, std: Math.sqrt(5 / 3), min: 1, '25%': 1.75, '50%': 2.5, '75%': 3.25, max: 4,
    });
  });
});
