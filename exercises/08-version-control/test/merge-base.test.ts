import { describe, expect, it } from 'vitest';
import { isAncestor, mergeBases } from '../src/merge-base.ts';

//   a - b - c        (main)
//        \
//         d - e      (topic)
const dag = new Map<string, string[]>([
  ['a', []],
  ['b', ['a']],
  ['c', ['b']],
  ['d', ['b']],
  ['e', ['d']],
]);

describe('merge-base', () => {
  it('finds the fork point of two branches', () => {
    expect(mergeBases(dag, 'c', 'e')).toEqual(['b']);
  });
  it('knows a commit is its own ancestor', () => {
    expect(isAncestor(dag, 'c', 'c')).toBe(true);
    expect(isAncestor(dag, 'd', 'c')).toBe(false);
  });
});
