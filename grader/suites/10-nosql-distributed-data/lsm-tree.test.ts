import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LsmTree } from '@impl/10-nosql-distributed-data/lsm-tree';

type Op =
  | { kind: 'put'; key: string; value: number }
  | { kind: 'delete'; key: string }
  | { kind: 'flush' }
  | { kind: 'compact' }
  | { kind: 'get'; key: string }
  | { kind: 'scan'; start?: string; end?: string };

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('put' as const), key, value: fc.integer({ min: 0, max: 99 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), key }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'compact' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('get' as const), key }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('scan' as const), start: key, end: key }, { requiredKeys: ['kind'] }) },
);

/** Every table sorted by key, strictly (no key twice). */
function expectSorted(tables: readonly (readonly { key: string }[])[], ctx: string): void {
  tables.forEach((t, i) => {
    const ok = t.every((e, j) => j === 0 || t[j - 1]!.key < e.key);
    expect(ok, `table ${i} is not strictly sorted by key: ${JSON.stringify(t)} (${ctx})`).toBe(true);
  });
}

describe('LsmTree', () => {
  it('reads its own writes, and a delete hides a value flushed earlier', () => {
    const t = new LsmTree<number>({ memtableLimit: 100 });
    t.put('k', 1);
    expect(t.get('k')).toBe(1);
    t.flush();
    t.delete('k');
    t.flush();
    expect(t.get('k')).toBeUndefined();
    expect(t.tables[0]).toEqual([{ key: 'k', tombstone: true }]);
    expect(t.tables[1]).toEqual([{ key: 'k', value: 1 }]);
  });
  it('flushes the memtable into a new sorted table when it reaches memtableLimit', () => {
    const t = new LsmTree<number>({ memtableLimit: 3, maxTables: 10 });
    t.put('c', 3);
    t.put('a', 1);
    expect(t.tables).toEqual([]);
    t.put('b', 2);
    expect(t.memtableSize).toBe(0);
    expect(t.tables).toEqual([[{ key: 'a', value: 1 }, { key: 'b', value: 2 }, { key: 'c', value: 3 }]]);
  });
  it('compacts into one table, newest value winning and tombstones dropped', () => {
    const t = new LsmTree<number>({ memtableLimit: 100, maxTables: 10 });
    t.put('a', 1);
    t.put('b', 1);
    t.flush();
    t.put('a', 2);
    t.delete('b');
    t.flush();
    t.compact();
    expect(t.tables).toEqual([[{ key: 'a', value: 2 }]]);
  });
  it('agrees with a Map on every get and scan, over random operation sequences', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), (ops, memtableLimit, maxTables) => {
        const t = new LsmTree<number>({ memtableLimit, maxTables });
        const model = new Map<string, number>();
        ops.forEach((op, i) => {
          const ctx = `step ${i} of ${JSON.stringify(ops)} (memtableLimit ${memtableLimit}, maxTables ${maxTables})`;
          switch (op.kind) {
            case 'put':
              t.put(op.key, op.value);
              model.set(op.key, op.value);
              break;
            case 'delete':
              t.delete(op.key);
              model.delete(op.key);
              break;
            case 'flush':
              t.flush();
              expect(t.memtableSize, ctx).toBe(0);
              break;
            case 'compact':
              t.compact();
              expect(t.tables.length, ctx).toBeLessThanOrEqual(1);
              expect(t.tables.flat().some((e) => 'tombstone' in e), `tombstone left after compact, ${ctx}`).toBe(false);
              break;
            case 'get':
              expect(t.get(op.key), ctx).toBe(model.get(op.key));
              break;
            case 'scan': {
              const expected = [...model]
                .filter(([k]) => (op.start === undefined || k >= op.start) && (op.end === undefined || k < op.end))
                .sort(([a], [b]) => (a < b ? -1 : 1));
              expect(t.scan(op.start, op.end), ctx).toEqual(expected);
              break;
            }
          }
          expect(t.memtableSize, `memtable reached its limit, ${ctx}`).toBeLessThan(memtableLimit);
          expect(t.tables.length, `too many tables, ${ctx}`).toBeLessThanOrEqual(maxTables);
          expectSorted(t.tables, ctx);
        });
        expect(t.scan()).toEqual([...model].sort(([a], [b]) => (a < b ? -1 : 1)));
      }),
    );
  });
  it('does nothing when flushing an empty memtable', () => {
    const t = new LsmTree<string>();
    t.flush();
    expect(t.tables).toEqual([]);
    t.put('x', 'y');
    t.flush();
    t.flush();
    expect(t.tables).toHaveLength(1);
  });
});
