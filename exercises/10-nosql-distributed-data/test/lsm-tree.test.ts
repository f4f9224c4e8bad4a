import { describe, expect, it } from 'vitest';
import { LsmTree } from '../src/lsm-tree.ts';

describe('LsmTree', () => {
  it('reads the newest value across memtable and tables', () => {
    const t = new LsmTree<number>({ memtableLimit: 2 });
    t.put('a', 1);
    t.put('b', 2); // memtable full: flushed
    t.put('a', 3);
    expect(t.get('a')).toBe(3);
    expect(t.get('b')).toBe(2);
  });
  it('hides a deleted key with a tombstone', () => {
    const t = new LsmTree<number>({ memtableLimit: 1 });
    t.put('a', 1);
    t.delete('a');
    expect(t.get('a')).toBeUndefined();
    expect(t.scan()).toEqual([]);
  });
});
