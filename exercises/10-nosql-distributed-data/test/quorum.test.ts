import { describe, expect, it } from 'vitest';
import { QuorumCluster, isStrong } from '../src/quorum.ts';

describe('quorum', () => {
  it('calls R + W > N strong and R + W <= N eventual', () => {
    expect(isStrong(3, 2, 2)).toBe(true);
    expect(isStrong(3, 1, 2)).toBe(false);
  });
  it('reads the newest version and repairs the stale replica it asked', () => {
    const c = new QuorumCluster<string>({ n: 3, r: 2, w: 2 });
    c.write('k', 'old', [0, 1, 2]);
    c.write('k', 'new', [0, 1]); // replica 2 missed it
    expect(c.read('k', [2, 0])).toBe('new');
    expect(c.replica(2, 'k')).toEqual({ value: 'new', version: 2 });
  });
});
