import { describe, expect, it } from 'vitest';
import { bisectLeft, bisectRight } from '../src/bisect.ts';

describe('bisect', () => {
  it('finds the insertion point before equal elements (bisect_left)', () => {
    expect(bisectLeft([1, 2, 2, 2, 3], 2)).toBe(1);
  });
  it('finds the insertion point after equal elements (bisect_right)', () => {
    expect(bisectRight([1, 2, 2, 2, 3], 2)).toBe(4);
  });
});
