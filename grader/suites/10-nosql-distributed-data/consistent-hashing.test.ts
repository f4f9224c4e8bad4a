import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsistentHashRing } from '@impl/10-nosql-distributed-data/consistent-hashing';
import { hash32 } from '@impl/10-nosql-distributed-data/_hash';

type Point = { position: number; node: string };
const pointsOf = (nodes: string[], vnodes: number): Point[] =>
  nodes.flatMap((node) => Array.from({ length: vnodes }, (_, i) => ({ position: hash32(`${node}#${i}`), node })));

/** The ring by brute force: of all points, the smallest at or after hash(key), else the smallest. */
function bruteOwner(points: Point[], key: string): string {
  const before = (a: Point, b: Point) => a.position < b.position || (a.position === b.position && a.node < b.node);
  const h = hash32(key);
  const after = points.filter((p) => p.position >= h);
  const pool = after.length > 0 ? after : points;
  return pool.reduce((m, p) => (before(p, m) ? p : m)).node;
}

/** Replicas by brute force: sort all points, walk clockwise from the owner's point collecting new nodes. */
function bruteReplicas(nodes: string[], vnodes: number, key: string, n: number): string[] {
  const points = pointsOf(nodes, vnodes).sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : 1));
  const h = hash32(key);
  let start = points.findIndex((p) => p.position >= h);
  if (start < 0) start = 0;
  const out: string[] = [];
  for (let k = 0; k < points.length; k++) {
    const node = points[(start + k) % points.length]!.node;
    if (!out.includes(node) && out.length < n) out.push(node);
  }
  return out;
}

const nodeNames = fc.uniqueArray(fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'), { minLength: 1, maxLength: 6 });
const keys = fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 });
const build = (nodes: string[], vnodes: number) => {
  const ring = new ConsistentHashRing({ vnodes });
  for (const n of nodes) ring.addNode(n);
  return ring;
};

describe('ConsistentHashRing', () => {
  it('gives each key the node of the first point at or after its hash, wrapping around (brute force)', () => {
    fc.assert(
      fc.property(nodeNames, fc.integer({ min: 1, max: 20 }), keys, (nodes, vnodes, ks) => {
        const ring = build(nodes, vnodes);
        const points = pointsOf(nodes, vnodes);
        for (const k of ks) expect(ring.owner(k), `owner(${JSON.stringify(k)}) with nodes ${nodes}, ${vnodes} vnodes`).toBe(bruteOwner(points, k));
      }),
      { numRuns: 60 },
    );
  });
  it('wraps around: a key hashing after the last point belongs to the first point', () => {
    // hash everything to its length: points of "a" at 3 ("a#0") and of "bb" at 4; key "xxxxx" hashes to 5
    const hash = (s: string) => s.length;
    const ring = new ConsistentHashRing({ vnodes: 1, hash });
    ring.addNode('a');
    ring.addNode('bb');
    expect(ring.owner('xxxxx')).toBe('a');
    expect(ring.owner('xxxx')).toBe('bb');
    expect(ring.owner('x')).toBe('a');
  });
  it('moves keys only to an added node', () => {
    fc.assert(
      fc.property(nodeNames, fc.constantFrom('m1', 'm2'), keys, (nodes, extra, ks) => {
        const ring = build(nodes, 16);
        const before = ks.map((k) => ring.owner(k));
        ring.addNode(extra);
        ks.forEach((k, i) => {
          const now = ring.owner(k);
          if (now !== before[i]) expect(now, `key ${JSON.stringify(k)} moved from ${before[i]}`).toBe(extra);
        });
      }),
    );
  });
  it('moves only the keys of a removed node', () => {
    fc.assert(
      fc.property(nodeNames.filter((n) => n.length >= 2), keys, fc.nat(), (nodes, ks, pick) => {
        const ring = build(nodes, 16);
        const gone = nodes[pick % nodes.length]!;
        const before = ks.map((k) => ring.owner(k));
        ring.removeNode(gone);
        expect(ring.nodes).toEqual(nodes.filter((n) => n !== gone));
        ks.forEach((k, i) => {
          if (before[i] !== gone) expect(ring.owner(k), `key ${JSON.stringify(k)} was on ${before[i]}`).toBe(before[i]);
          else expect(ring.owner(k)).not.toBe(gone);
        });
      }),
    );
  });
  it('places replicas on the first n distinct nodes clockwise, the owner first (brute force)', () => {
    fc.assert(
      fc.property(nodeNames, fc.integer({ min: 1, max: 8 }), keys, fc.integer({ min: 1, max: 7 }), (nodes, vnodes, ks, n) => {
        const ring = build(nodes, vnodes);
        for (const k of ks) {
          const r = ring.replicas(k, n);
          expect(r, `replicas(${JSON.stringify(k)}, ${n}) with nodes ${nodes}, ${vnodes} vnodes`).toEqual(bruteReplicas(nodes, vnodes, k, n));
          expect(r[0]).toBe(ring.owner(k));
        }
      }),
      { numRuns: 60 },
    );
  });
  it('spreads 4000 keys over 4 nodes within 15%–35% each with 100 virtual nodes', () => {
    const ring = build(['alpha', 'beta', 'gamma', 'delta'], 100);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const o = ring.owner(`user:${i}`);
      counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    for (const node of ring.nodes) {
      const share = (counts.get(node) ?? 0) / 4000;
      expect(share, `share of ${node}: ${JSON.stringify(Object.fromEntries(counts))}`).toBeGreaterThan(0.15);
      expect(share, `share of ${node}: ${JSON.stringify(Object.fromEntries(counts))}`).toBeLessThan(0.35);
    }
  });
  it('throws on an empty ring, a duplicate node and removing an unknown node', () => {
    const ring = new ConsistentHashRing({ vnodes: 3 });
    const throwsOtherThanTodo = (fn: () => unknown, what: string) => {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      if ((error as Error | undefined)?.name === 'NotImplementedError') throw error;
      expect(error, what).toBeInstanceOf(Error);
    };
    throwsOtherThanTodo(() => ring.owner('k'), 'owner on an empty ring');
    ring.addNode('a');
    throwsOtherThanTodo(() => ring.addNode('a'), 'adding a node twice');
    throwsOtherThanTodo(() => ring.removeNode('zzz'), 'removing an unknown node');
  });
});
