import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuorumCluster, QuorumError, isStrong, majority, type Versioned } from '@impl/10-nosql-distributed-data/quorum';

/** Every subset of {0..n-1} as a sorted array of replica ids. */
function subsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) out.push([...Array(n).keys()].filter((i) => mask & (1 << i)));
  return out;
}
const ofSize = (n: number, k: number) => subsets(n).filter((s) => s.length === k);
const atLeast = (n: number, k: number) => subsets(n).filter((s) => s.length >= k);
const meets = (a: number[], b: number[]) => a.some((x) => b.includes(x));

/** Oracle: every r-subset of the replicas shares a replica with every w-subset (checked one by one). */
function everyReadMeetsEveryWrite(n: number, r: number, w: number): boolean {
  const reads = ofSize(n, r);
  return ofSize(n, w).every((ws) => reads.every((rs) => meets(ws, rs)));
}

/** Returns what fn throws (undefined if nothing); a stub's not-implemented error propagates. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    if ((e as Error | undefined)?.name === 'NotImplementedError') throw e;
    return e;
  }
  return undefined;
}

const levels = (maxN: number) => [...Array(maxN).keys()].flatMap((i) => {
  const n = i + 1;
  return [...Array(n).keys()].flatMap((r) => [...Array(n).keys()].map((w) => ({ n, r: r + 1, w: w + 1 })));
});

describe('isStrong', () => {
  it('agrees with checking every read set against every write set, for every n <= 5', () => {
    for (const { n, r, w } of levels(5)) {
      expect(isStrong(n, r, w), `isStrong(${n}, ${r}, ${w})`).toBe(everyReadMeetsEveryWrite(n, r, w));
    }
  });
  it('rejects levels outside 1..n and non-integers with a RangeError', () => {
    for (const [n, r, w] of [[3, 0, 2], [3, 2, 0], [3, 4, 1], [3, 1, 4], [0, 1, 1], [2.5, 1, 1], [3, 1.5, 2], [3, 2, Number.NaN], [-1, 1, 1]] as const) {
      expect(thrown(() => isStrong(n, r, w)), `isStrong(${n}, ${r}, ${w})`).toBeInstanceOf(RangeError);
    }
  });
});

describe('majority', () => {
  it('is the smallest size at which every two quorums overlap, for every n <= 7', () => {
    for (let n = 1; n <= 7; n++) {
      let smallest = 1;
      while (!everyReadMeetsEveryWrite(n, smallest, smallest)) smallest++;
      expect(majority(n), `majority(${n})`).toBe(smallest);
    }
  });
  it('rejects a replica count that is not a positive integer', () => {
    for (const n of [0, -3, 2.5, Number.NaN]) expect(thrown(() => majority(n)), `majority(${n})`).toBeInstanceOf(RangeError);
  });
});

/** What every replica should hold for one key, given which writes reached it (a direct model). */
type Model = (Versioned<string> | undefined)[];

const sameEntry = (a: Versioned<string> | undefined, b: Versioned<string> | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.value === b.value && a.version === b.version && Object.keys(a).length === 2);

/** Compares cheaply (the exhaustive loops run thousands of times); on a mismatch, fails with the details. */
function expectReplicas(c: QuorumCluster<string>, key: string, model: Model, ctx: () => string): void {
  const got = model.map((_, i) => c.replica(i, key));
  if (!got.every((g, i) => sameEntry(g, model[i]))) expect(got, `replica states for "${key}" (${ctx()})`).toEqual(model);
}

/** expect(got).toBe(want), building the message only when it fails. */
function expectValue(got: unknown, want: unknown, ctx: () => string): void {
  if (!Object.is(got, want)) expect(got, ctx()).toBe(want);
}

describe('QuorumCluster: exhaustive for n <= 5', () => {
  it('returns the latest write exactly when the read set meets the write set, and repairs the replicas it read', () => {
    for (const { n, r, w } of levels(5)) {
      let everyReadFresh = true;
      for (const written of atLeast(n, w)) {
        for (const read of atLeast(n, r)) {
          const ctx = () => `n=${n} r=${r} w=${w}; "v0" written to all, "v1" to [${written}], read from [${read}]`;
          const c = new QuorumCluster<string>({ n, r, w });
          c.write('k', 'v0', [...Array(n).keys()]);
          c.write('k', 'v1', written);
          // Ask in descending order: the newest answer is not necessarily the first one.
          const got = c.read('k', [...read].reverse());
          const fresh = meets(written, read);
          expectValue(got, fresh ? 'v1' : 'v0', ctx);
          if (got !== 'v1') everyReadFresh = false;
          const newest = fresh ? { value: 'v1', version: 2 } : { value: 'v0', version: 1 };
          const model: Model = [...Array(n).keys()].map((i) =>
            read.includes(i) ? newest : written.includes(i) ? { value: 'v1', version: 2 } : { value: 'v0', version: 1 },
          );
          expectReplicas(c, 'k', model, ctx);
        }
      }
      expect(everyReadFresh, `every quorum read after a quorum write saw it, for n=${n} r=${r} w=${w}`).toBe(everyReadMeetsEveryWrite(n, r, w));
    }
  });
  it('picks the highest version among two partial writes, and leaves an unwritten key undefined', () => {
    for (const { n, r, w } of levels(5)) {
      for (const a of ofSize(n, w)) {
        for (const b of ofSize(n, w)) {
          for (const read of ofSize(n, r)) {
            const ctx = () => `n=${n} r=${r} w=${w}; "a" written to [${a}], then "b" to [${b}], read from [${read}]`;
            const c = new QuorumCluster<string>({ n, r, w });
            expectValue(c.write('k', 'a', a), 1, () => `the first write's version (${ctx()})`);
            expectValue(c.write('k', 'b', b), 2, () => `the second write's version (${ctx()})`);
            const before: Model = [...Array(n).keys()].map((i) => (b.includes(i) ? { value: 'b', version: 2 } : a.includes(i) ? { value: 'a', version: 1 } : undefined));
            const answers = read.map((i) => before[i]).filter((v) => v !== undefined);
            const newest = answers.reduce<Versioned<string> | undefined>((m, v) => (!m || v.version > m.version ? v : m), undefined);
            expectValue(c.read('k', read), newest?.value, ctx);
            expectReplicas(c, 'k', before.map((v, i) => (read.includes(i) && newest ? newest : v)), ctx);
            expectValue(c.read('other', read), undefined, () => `a key nobody wrote (${ctx()})`);
          }
        }
      }
    }
  });
});

type Op = { kind: 'write'; key: string; value: string; to: number[] } | { kind: 'read'; key: string; from: number[] };

describe('QuorumCluster: random histories against a model', () => {
  it('matches a per-replica model after every write, read and refused request', () => {
    const config = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        r: fc.integer({ min: 1, max: n }),
        w: fc.integer({ min: 1, max: n }),
        ops: fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('write' as const), key: fc.constantFrom('x', 'y'), value: fc.constantFrom('p', 'q', 's'), to: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n + 1 }) }),
            fc.record({ kind: fc.constant('read' as const), key: fc.constantFrom('x', 'y'), from: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n + 1 }) }),
          ),
          { maxLength: 20 },
        ),
      }),
    );
    fc.assert(
      fc.property(config, ({ n, r, w, ops }) => {
        const c = new QuorumCluster<string>({ n, r, w });
        const model = { x: Array<Versioned<string> | undefined>(n).fill(undefined), y: Array<Versioned<string> | undefined>(n).fill(undefined) };
        let version = 0;
        ops.forEach((op, step) => {
          const ctx = `n=${n} r=${r} w=${w}, step ${step} of ${JSON.stringify(ops)}`;
          const m = model[op.key as 'x' | 'y'];
          const ids = [...new Set(op.kind === 'write' ? op.to : op.from)];
          const need = op.kind === 'write' ? w : r;
          if (ids.length < need) {
            const e = thrown(() => (op.kind === 'write' ? c.write(op.key, op.value, op.to) : c.read(op.key, op.from)));
            expect(e, `${ids.length} distinct replicas reachable, ${need} needed (${ctx})`).toBeInstanceOf(QuorumError);
            expect((e as QuorumError).required, ctx).toBe(need);
            expect((e as QuorumError).alive, ctx).toBe(ids.length);
          } else if (op.kind === 'write') {
            version++;
            expect(c.write(op.key, op.value, op.to), `version of this write (${ctx})`).toBe(version);
            for (const i of ids) m[i] = { value: op.value, version };
          } else {
            const newest = ids.map((i) => m[i]).reduce<Versioned<string> | undefined>((a, v) => (v && (!a || v.version > a.version) ? v : a), undefined);
            expect(c.read(op.key, op.from), ctx).toBe(newest?.value);
            if (newest) for (const i of ids) m[i] = newest;
          }
          expectReplicas(c, 'x', model.x, () => ctx);
          expectReplicas(c, 'y', model.y, () => ctx);
        });
      }),
    );
  });
});

describe('QuorumCluster: edges', () => {
  it('counts a replica named twice only once', () => {
    const c = new QuorumCluster<string>({ n: 3, r: 2, w: 2 });
    const write = thrown(() => c.write('k', 'v', [1, 1]));
    expect(write, 'write to [1, 1] with w = 2').toBeInstanceOf(QuorumError);
    expect(c.replica(1, 'k'), 'a refused write leaves nothing behind').toBeUndefined();
    c.write('k', 'v', [0, 1]);
    expect(thrown(() => c.read('k', [0, 0])), 'read from [0, 0] with r = 2').toBeInstanceOf(QuorumError);
  });
  it('gives a refused write no version and a refused read no repair', () => {
    const c = new QuorumCluster<string>({ n: 3, r: 2, w: 2 });
    c.write('k', 'one', [0, 1]);
    expect(thrown(() => c.write('k', 'lost', [2])), 'write to one replica with w = 2').toBeInstanceOf(QuorumError);
    expect(c.write('k', 'two', [0, 2])).toBe(2);
    expect(thrown(() => c.read('k', [1])), 'read from one replica with r = 2').toBeInstanceOf(QuorumError);
    expect(c.replica(1, 'k'), 'replica 1 was not repaired by the refused read').toEqual({ value: 'one', version: 1 });
  });
  it('rejects unknown replica ids and invalid levels with a RangeError', () => {
    expect(thrown(() => new QuorumCluster<string>({ n: 3, r: 4, w: 1 })), 'r = 4 > n = 3').toBeInstanceOf(RangeError);
    expect(thrown(() => new QuorumCluster<string>({ n: 3, r: 1, w: 0 })), 'w = 0').toBeInstanceOf(RangeError);
    const c = new QuorumCluster<string>({ n: 3, r: 1, w: 1 });
    expect(thrown(() => c.write('k', 'v', [0, 3])), 'replica 3 of 0..2').toBeInstanceOf(RangeError);
    expect(thrown(() => c.read('k', [-1])), 'replica -1').toBeInstanceOf(RangeError);
    expect(thrown(() => c.replica(5, 'k')), 'replica 5').toBeInstanceOf(RangeError);
  });
  it('hands out copies: editing what replica() returned changes nothing', () => {
    const c = new QuorumCluster<string>({ n: 2, r: 1, w: 1 });
    c.write('k', 'v', [0]);
    const held = c.replica(0, 'k')!;
    held.version = 99;
    held.value = 'edited';
    expect(c.replica(0, 'k')).toEqual({ value: 'v', version: 1 });
    expect(c.read('k', [0, 1])).toBe('v');
  });
});
