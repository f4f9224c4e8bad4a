import { describe, expect, it } from 'vitest';
import { merge3 } from '../src/merge3.ts';

const base = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n';

describe('merge3', () => {
  it('combines changes to distant lines', () => {
    const ours = base.replace('two', 'TWO');
    const theirs = base.replace('six', 'SIX');
    expect(merge3(base, ours, theirs)).toEqual({ text: 'one\nTWO\nthree\nfour\nfive\nSIX\nseven\n', conflicts: 0 });
  });
  it('marks a conflict when both sides change the same line', () => {
    const r = merge3(base, base.replace('four', 'FOUR'), base.replace('four', '4'));
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe('one\ntwo\nthree\n<<<<<<< ours\nFOUR\n=======\n4\n>>>>>>> theirs\nfive\nsix\nseven\n');
  });
});
