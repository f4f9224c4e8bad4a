import { describe, expect, it } from 'vitest';
import { ConsistentHashRing } from '../src/consistent-hashing.ts';

describe('ConsistentHashRing', () => {
  it('sends a key to the first point at or after its hash', () => {
    // a toy hash: the length of the string. Points: "a#0" at 3, "bb#0" at 4.
    const ring = new ConsistentHashRing({ vnodes: 1, hash: (s) => s.length });
    ring.addNode('a');
    ring.addNode('bb');
    expect(ring.owner('xxx')).toBe('a');
    expect(ring.owner('xxxx')).toBe('bb');
    expect(ring.owner('xxxxxxx')).toBe('a'); // past the last point: wrap around
  });
  it('lists distinct replicas, the owner first', () => {
    const ring = new ConsistentHashRing({ vnodes: 10 });
    for (const n of ['a', 'b', 'c']) ring.addNode(n);
    const r = ring.replicas('user:1', 2);
    expect(r).toHaveLength(2);
    expect(r[0]).toBe(ring.owner('user:1'));
    expect(r[1]).not.toBe(r[0]);
  });
});
