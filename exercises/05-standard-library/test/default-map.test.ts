import { describe, expect, it } from 'vitest';
import { DefaultMap } from '../src/default-map.ts';

describe('DefaultMap', () => {
  it('inserts a fresh default on get, like d[k] on a defaultdict(list)', () => {
    const groups = new DefaultMap<string, string[]>(() => []);
    for (const w of ['apple', 'avocado', 'banana']) groups.get(w[0]!).push(w);
    expect([...groups]).toEqual([
      ['a', ['apple', 'avocado']],
      ['b', ['banana']],
    ]);
  });
  it('peek is dict.get: undefined, and nothing inserted', () => {
    const d = new DefaultMap<string, number>(() => 0);
    expect(d.peek('x')).toBeUndefined();
    expect(d.has('x')).toBe(false);
  });
});
