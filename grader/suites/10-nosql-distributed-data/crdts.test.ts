import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GCounter, LWWRegister, ORSet, PNCounter } from '@impl/10-nosql-distributed-data/crdts';

const REPLICAS = ['r1', 'r2', 'r3'];

interface Crdt<S> {
  merge(other: S): S;
  state(): unknown;
}

/** The three merge laws, checked on states (and on the value the caller reads). */
function expectLattice<S extends Crdt<S>>(a: S, b: S, c: S, read: (x: S) => unknown): void {
  const snapshot = [a.state(), b.state(), c.state()];
  const ab = a.merge(b);
  const ba = b.merge(a);
  expect(ab.state(), 'merge is commutative: a ⊔ b = b ⊔ a').toEqual(ba.state());
  expect(read(ab)).toEqual(read(ba));
  expect(ab.merge(c).state(), 'merge is associative: (a ⊔ b) ⊔ c = a ⊔ (b ⊔ c)').toEqual(a.merge(b.merge(c)).state());
  expect(a.merge(a).state(), 'merge is idempotent: a ⊔ a = a').toEqual(a.state());
  expect(ab.merge(b).state(), 'merging again changes nothing: (a ⊔ b) ⊔ b = a ⊔ b').toEqual(ab.state());
  expect([a.state(), b.state(), c.state()], 'merge must not change its operands').toEqual(snapshot);
}

/** Runs per-replica operations, with "sync" steps merging another replica in. */
function simulate<S extends Crdt<S>>(make: (r: string) => S, ops: [number, (s: S) => void | number][]): S[] {
  const rs = REPLICAS.map(make);
  for (const [i, op] of ops) {
    const r = op(rs[i]!);
    if (typeof r === 'number') rs[i] = rs[i]!.merge(rs[r]!);
  }
  return rs;
}
const mergeAll = <S extends Crdt<S>>(rs: S[]) => rs.reduce((acc, r) => acc.merge(r));

const replicaIdx = fc.integer({ min: 0, max: 2 });

describe('GCounter', () => {
  const ops = fc.array(fc.tuple(replicaIdx, fc.oneof(fc.integer({ min: 0, max: 5 }).map((n) => ({ inc: n })), replicaIdx.map((j) => ({ sync: j })))), { maxLength: 25 });
  it('satisfies the merge laws and converges to the total of all increments', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const rs = simulate((r) => new GCounter(r), steps.map(([i, o]) => [i, (c: GCounter) => ('inc' in o ? c.increment(o.inc) : o.sync)]));
        expectLattice(rs[0]!, rs[1]!, rs[2]!, (x) => x.value);
        const total = steps.reduce((s, [, o]) => s + ('inc' in o ? o.inc : 0), 0);
        expect(mergeAll(rs).value, JSON.stringify(steps)).toBe(total);
        expect(mergeAll([...rs].reverse()).state()).toEqual(mergeAll(rs).state());
      }),
    );
  });
  it('does not double count increments seen through two paths', () => {
    const a = new GCounter('a');
    a.increment(3);
    const b = new GCounter('b').merge(a);
    b.increment(1);
    expect(a.merge(b).value).toBe(4);
  });
  it('refuses to decrement', () => {
    const c = new GCounter('a');
    let error: unknown;
    try {
      c.increment(-1);
    } catch (e) {
      error = e;
    }
    if ((error as Error | undefined)?.name === 'NotImplementedError') throw error;
    expect(error).toBeInstanceOf(Error);
  });
});

describe('PNCounter', () => {
  const ops = fc.array(
    fc.tuple(
      replicaIdx,
      fc.oneof(fc.integer({ min: 0, max: 5 }).map((n) => ({ inc: n })), fc.integer({ min: 0, max: 5 }).map((n) => ({ dec: n })), replicaIdx.map((j) => ({ sync: j }))),
    ),
    { maxLength: 25 },
  );
  it('satisfies the merge laws and converges to increments minus decrements', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const rs = simulate(
          (r) => new PNCounter(r),
          steps.map(([i, o]) => [i, (c: PNCounter) => ('inc' in o ? c.increment(o.inc) : 'dec' in o ? c.decrement(o.dec) : o.sync)]),
        );
        expectLattice(rs[0]!, rs[1]!, rs[2]!, (x) => x.value);
        const total = steps.reduce((s, [, o]) => s + ('inc' in o ? o.inc : 'dec' in o ? -o.dec : 0), 0);
        expect(mergeAll(rs).value, JSON.stringify(steps)).toBe(total);
      }),
    );
  });
});

describe('LWWRegister', () => {
  const ops = fc.array(
    fc.tuple(replicaIdx, fc.oneof(fc.record({ set: fc.constantFrom('x', 'y', 'z'), at: fc.integer({ min: 0, max: 5 }) }), replicaIdx.map((j) => ({ sync: j })))),
    { maxLength: 20 },
  );
  it('satisfies the merge laws and keeps the write with the greatest (timestamp, replica)', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const rs = simulate(
          (r) => new LWWRegister<string>(r),
          steps.map(([i, o]) => [i, (c: LWWRegister<string>) => ('set' in o ? c.set(o.set, o.at) : o.sync)]),
        );
        expectLattice(rs[0]!, rs[1]!, rs[2]!, (x) => x.value);
        const writes = steps.flatMap(([i, o]) => ('set' in o ? [{ value: o.set, at: o.at, writer: REPLICAS[i]! }] : []));
        const winner = writes.reduce<(typeof writes)[number] | undefined>((w, x) => (!w || x.at > w.at || (x.at === w.at && x.writer > w.writer) ? x : w), undefined);
        expect(mergeAll(rs).value, JSON.stringify(steps)).toBe(winner?.value);
      }),
    );
  });
  it('breaks a timestamp tie by the greater replica id, the same way on every replica', () => {
    const a = new LWWRegister<string>('a');
    const b = new LWWRegister<string>('b');
    a.set('from a', 7);
    b.set('from b', 7);
    expect(a.merge(b).value).toBe('from b');
    expect(b.merge(a).value).toBe('from b');
  });
});

describe('ORSet', () => {
  const element = fc.constantFrom('x', 'y', 'z');
  const ops = fc.array(
    fc.tuple(replicaIdx, fc.oneof(element.map((e) => ({ add: e })), element.map((e) => ({ remove: e })), replicaIdx.map((j) => ({ sync: j })))),
    { maxLength: 25 },
  );
  const run = (steps: [number, { add: string } | { remove: string } | { sync: number }][]) =>
    simulate(
      (r) => new ORSet(r),
      steps.map(([i, o]) => [i, (s: ORSet) => ('add' in o ? s.add(o.add) : 'remove' in o ? s.remove(o.remove) : o.sync)]),
    );
  it('satisfies the merge laws', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const rs = run(steps);
        expectLattice(rs[0]!, rs[1]!, rs[2]!, (x) => x.values());
      }),
    );
  });
  it('behaves like a Set on a single replica', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(element.map((e) => ({ add: e })), element.map((e) => ({ remove: e }))), { maxLength: 20 }), (steps) => {
        const s = new ORSet('solo');
        const model = new Set<string>();
        for (const o of steps) {
          if ('add' in o) {
            s.add(o.add);
            model.add(o.add);
          } else {
            s.remove(o.remove);
            model.delete(o.remove);
          }
        }
        expect(s.values(), JSON.stringify(steps)).toEqual([...model].sort());
        for (const e of ['x', 'y', 'z']) expect(s.has(e)).toBe(model.has(e));
      }),
    );
  });
  it('lets a concurrent add win over a remove, and a remove win over the adds it observed', () => {
    const base = new ORSet('a');
    base.add('x');
    const a = base.merge(new ORSet('a'));
    const b = new ORSet('b').merge(base);
    a.remove('x');
    expect(a.merge(b).has('x'), 'a removed the only x it had seen, and nobody added x again').toBe(false);
    b.add('x');
    expect(a.merge(b).has('x'), 'add concurrent with remove').toBe(true);
    expect(b.merge(a).has('x')).toBe(true);
  });
  it('keeps tags unique after a merge, so re-adding a removed element works', () => {
    const a = new ORSet('a');
    a.add('x');
    const a2 = a.merge(new ORSet('b'));
    a2.remove('x');
    a2.add('x');
    expect(a2.has('x')).toBe(true);
    const a3 = a2.merge(a);
    expect(a3.has('x')).toBe(true);
  });
});
