import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash32 } from '@impl/10-nosql-distributed-data/_hash';
import { rendezvousOwner, rendezvousRanking, rendezvousTopK } from '@impl/10-nosql-distributed-data/rendezvous';

const score = (node: string, key: string) => hash32(`${node}:${key}`);
/** Brute-force argmax: the highest score, ties to the smallest name. */
function bruteOwner(key: string, nodes: string[]): string {
  return nodes.reduce((best, n) => {
    const s = score(n, key);
    const b = score(best, key);
    return s > b || (s === b && n < best) ? n : best;
  });
}

const nodeNames = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
const keys = fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 30 });

describe('rendezvous hashing', () => {
  it('picks the node with the highest score hash(`${node}:${key}`) (brute-force argmax)', () => {
    fc.assert(
      fc.property(nodeNames, keys, (nodes, ks) => {
        for (const k of ks) expect(rendezvousOwner(k, nodes), `owner of ${JSON.stringify(k)} among ${JSON.stringify(nodes)}`).toBe(bruteOwner(k, nodes));
      }),
    );
  });
  it('breaks equal scores by the smaller node name', () => {
    const constant = () => 7;
    expect(rendezvousOwner('k', ['b', 'a', 'c'], constant)).toBe('a');
    expect(rendezvousRanking('k', ['b', 'a', 'c'], constant)).toEqual(['a', 'b', 'c']);
  });
  it('ranks all nodes by descending score, and topK is a prefix of that ranking', () => {
    fc.assert(
      fc.property(nodeNames, keys, fc.integer({ min: 0, max: 9 }), (nodes, ks, k) => {
        for (const key of ks) {
          const ranking = rendezvousRanking(key, nodes);
          const expected = [...nodes].sort((a, b) => score(b, key) - score(a, key) || (a < b ? -1 : 1));
          expect(ranking).toEqual(expected);
          expect(rendezvousTopK(key, nodes, k)).toEqual(expected.slice(0, k));
        }
      }),
    );
  });
  it('moves only the keys of a removed node, and only towards an added node', () => {
    fc.assert(
      fc.property(nodeNames.filter((n) => n.length >= 2), keys, fc.nat(), (nodes, ks, pick) => {
        const gone = nodes[pick % nodes.length]!;
        const rest = nodes.filter((n) => n !== gone);
        for (const k of ks) {
          const before = rendezvousOwner(k, nodes);
          const after = rendezvousOwner(k, rest);
          if (before !== gone) expect(after, `key ${JSON.stringify(k)} should stay on ${before}`).toBe(before);
          // read the other way round: adding `gone` to `rest` moves keys only to it
          if (before !== after) expect(before).toBe(gone);
        }
      }),
    );
  });
  it('spreads 4000 keys over 5 nodes within 12%–28% each', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'];
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const o = rendezvousOwner(`session-${i}`, nodes);
      counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    for (const n of nodes) {
      const share = (counts.get(n) ?? 0) / 4000;
      expect(share, JSON.stringify(Object.fromEntries(counts))).toBeGreaterThan(0.12);
      expect(share, JSON.stringify(Object.fromEntries(counts))).toBeLessThan(0.28);
    }
  });
});
