import { describe, expect, it } from 'vitest';
import { HashMap } from '../src/hash-map.ts';

describe('HashMap', () => {
  it('sets, gets and deletes', () => {
    const m = new HashMap<string, number>();
    m.set('a', 1).set('b', 2).set('a', 3);
    expect([m.get('a'), m.get('b'), m.size]).toEqual([3, 2, 2]);
    expect(m.delete('a')).toBe(true);
    expect(m.has('a')).toBe(false);
  });
  it('keeps working when every key collides', () => {
    const m = new HashMap<number, number>({ hash: () => 0 });
    for (let i = 0; i < 20; i++) m.set(i, i * i);
    m.delete(3);
    expect(m.get(19)).toBe(361);
    expect(m.get(3)).toBeUndefined();
  });
});
