import { describe, expect, it } from 'vitest';
import { Circle, Rect, Square, Triangle } from '../src/shapes.ts';

describe('shapes', () => {
  it('computes a circle', () => {
    const c = new Circle(2);
    expect(c.area()).toBeCloseTo(4 * Math.PI, 12);
    expect(c.perimeter()).toBeCloseTo(4 * Math.PI, 12);
  });
  it('computes a 3-4-5 triangle with Heron', () => {
    expect(new Triangle(3, 4, 5).area()).toBeCloseTo(6, 12);
  });
  it('describes any shape through the base class', () => {
    expect(new Rect(2, 3).describe()).toBe('Rect with area 6.00 and perimeter 10.00');
    expect(new Square(2).describe()).toBe('Square with area 4.00 and perimeter 8.00');
  });
  it('refuses a triangle that cannot close', () => {
    expect(() => new Triangle(1, 2, 3)).toThrow(RangeError);
  });
});
