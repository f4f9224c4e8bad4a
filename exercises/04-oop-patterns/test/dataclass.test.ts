import { describe, expect, it } from 'vitest';
import { defineData } from '../src/dataclass.ts';

describe('defineData', () => {
  it('compares by value and hashes equal values equally', () => {
    const Point = defineData({ x: 0, y: 0 }, { name: 'Point' });
    const a = new Point({ x: 1 });
    const b = new Point({ x: 1, y: 0 });
    expect(a.equals(b)).toBe(true);
    expect(a.hashCode()).toBe(b.hashCode());
    expect(String(a)).toBe('Point(x=1, y=0)');
  });
  it('is frozen; with() makes a changed copy', () => {
    const Point = defineData({ x: 0, y: 0 });
    const p = new Point({ x: 1 });
    expect(() => {
      (p as { x: number }).x = 5;
    }).toThrow(TypeError);
    const q = p.with({ y: 2 });
    expect([p.y, q.x, q.y]).toEqual([0, 1, 2]);
  });
});
