import { describe, expect, it } from 'vitest';
import { rendezvousOwner, rendezvousScore, rendezvousTopK } from '../src/rendezvous.ts';

describe('rendezvous', () => {
  it('gives the key to the highest-scoring node', () => {
    const nodes = ['a', 'b', 'c'];
    const best = [...nodes].sort((x, y) => rendezvousScore(y, 'k1') - rendezvousScore(x, 'k1'))[0];
    expect(rendezvousOwner('k1', nodes)).toBe(best);
  });
  it('puts the owner first among the top k', () => {
    expect(rendezvousTopK('k2', ['a', 'b', 'c'], 2)[0]).toBe(rendezvousOwner('k2', ['a', 'b', 'c']));
  });
});
