import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { ParameterSampler, randint } from '../src/randomized-search.ts';

describe('randomized search', () => {
  it('samples an all-list grid without replacement', () => {
    const drawn = [...new ParameterSampler({ a: [1, 2], b: ['x', 'y'] }, { nIter: 10, rng: mulberry32(1) })];
    expect(drawn).toHaveLength(4);
    expect(new Set(drawn.map((d) => JSON.stringify(d))).size).toBe(4);
  });
  it('randint(low, high) excludes high', () => {
    const rng = mulberry32(2);
    const d = randint(0, 3);
    const values = new Set(Array.from({ length: 200 }, () => d.rvs(rng)));
    expect([...values].sort()).toEqual([0, 1, 2]);
  });
});
