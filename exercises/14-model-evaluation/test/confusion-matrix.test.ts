import { describe, expect, it } from 'vitest';
import { confusionMatrix } from '../src/confusion-matrix.ts';

describe('confusionMatrix', () => {
  it('counts (truth, prediction) pairs with the truth on rows', () => {
    expect(confusionMatrix([0, 1, 1, 1], [1, 1, 0, 1])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
  it('uses the order of explicit labels', () => {
    expect(confusionMatrix(['cat', 'dog', 'dog'], ['dog', 'dog', 'cat'], { labels: ['dog', 'cat'] })).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
  it('normalizes each row to sum to 1', () => {
    expect(confusionMatrix([0, 0, 1, 1], [0, 1, 1, 1], { normalize: 'true' })).toEqual([
      [0.5, 0.5],
      [0, 1],
    ]);
  });
});
