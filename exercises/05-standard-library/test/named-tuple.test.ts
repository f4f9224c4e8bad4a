import { describe, expect, it } from 'vitest';
import { defineTuple } from '../src/named-tuple.ts';

describe('defineTuple', () => {
  it('reads fields by name and by index', () => {
    const Point = defineTuple({ name: 'Point' }, 'x', 'y');
    const p = Point(1, 2);
    expect([p.x, p.y, p[0], p[1]]).toEqual([1, 2, 1, 2]);
  });
  it('prints like repr and replaces like _replace', () => {
    const Point = defineTuple({ name: 'Point' }, 'x', 'y');
    expect(Point(1, 2).replace({ x: 3 }).toString()).toBe('Point(x=3, y=2)');
  });
  it('is immutable', () => {
    const p = defineTuple('x')(1);
    expect(Object.isFrozen(p)).toBe(true);
  });
});
