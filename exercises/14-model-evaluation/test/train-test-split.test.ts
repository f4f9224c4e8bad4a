import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { splitSizes, trainTestSplit } from '../src/train-test-split.ts';

describe('train-test-split', () => {
  it('rounds the default test fraction 0.25 up', () => {
    expect(splitSizes(10)).toEqual([7, 3]);
  });
  it('keeps the order without shuffling', () => {
    const r = trainTestSplit([[0], [1], [2], [3]], ['a', 'b', 'c', 'd'], { testSize: 1, shuffle: false });
    expect(r.yTrain).toEqual(['a', 'b', 'c']);
    expect(r.yTest).toEqual(['d']);
  });
  it('splits a shuffled copy with a seeded rng', () => {
    const r = trainTestSplit([[0], [1], [2], [3], [4], [5], [6], [7]], [0, 1, 2, 3, 4, 5, 6, 7], { rng: mulberry32(1) });
    expect(r.yTest).toHaveLength(2);
    expect([...r.yTrain, ...r.yTest].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
