import { describe, expect, it } from 'vitest';
import { myersDiff, unifiedDiff } from '../src/diff.ts';

describe('diff', () => {
  it('finds a shortest edit script', () => {
    const script = myersDiff(['1', '2', '3'], ['1', '3', '4']);
    expect(script).toEqual([
      { op: 'equal', line: '1' },
      { op: 'delete', line: '2' },
      { op: 'equal', line: '3' },
      { op: 'insert', line: '4' },
    ]);
  });
  it('prints a hunk like git diff', () => {
    expect(unifiedDiff('1\n2\n3\n', '1\n2 changed\n3\n', { context: 1 })).toBe('@@ -1,3 +1,3 @@\n 1\n-2\n+2 changed\n 3\n');
  });
});
