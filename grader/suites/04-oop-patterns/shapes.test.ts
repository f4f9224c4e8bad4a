import { describe, expect, it } from 'vitest';
import { Circle, Rect, Shape, Square, Triangle } from '@impl/04-oop-patterns/shapes';
import golden from './goldens/shapes.json' with { type: 'json' };

const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(y), Number.MIN_VALUE);
const expectClose = (got: number, want: number, what: string) => {
  expect(rel(got, want) <= 1e-12, `${what}: expected ${want}, received ${got} (relative error ${rel(got, want)})`).toBe(true);
};
const permutations = ([a, b, c]: number[]) => [
  [a, b, c],
  [a, c, b],
  [b, a, c],
  [b, c, a],
  [c, a, b],
  [c, b, a],
] as [number, number, number][];

describe('Shape: the abstract base', () => {
  it('refuses to be instantiated directly, like an ABC (TypeError)', () => {
    const Abstract = Shape as unknown as new () => Shape;
    expect(() => new Abstract()).toThrow(TypeError);
  });
  it('lets any subclass use describe() with its own name, area and perimeter', () => {
    class Hexagon extends Shape {
      constructor(readonly side: number) {
        super();
      }
      area() {
        return ((3 * Math.sqrt(3)) / 2) * this.side ** 2;
      }
      perimeter() {
        return 6 * this.side;
      }
    }
    expect(new Hexagon(2).describe()).toBe('Hexagon with area 10.39 and perimeter 12.00');
  });
  it('describes each concrete shape through the same base method', () => {
    expect([new Circle(1), new Rect(2, 3.5), new Square(1.5), new Triangle(3, 4, 5)].map((s) => s.describe())).toEqual([
      'Circle with area 3.14 and perimeter 6.28',
      'Rect with area 7.00 and perimeter 11.00',
      'Square with area 2.25 and perimeter 6.00',
      'Triangle with area 6.00 and perimeter 12.00',
    ]);
  });
  it('builds the inheritance chain Square → Rect → Shape', () => {
    const s = new Square(2);
    expect(s).toBeInstanceOf(Square);
    expect(s).toBeInstanceOf(Rect);
    expect(s).toBeInstanceOf(Shape);
    expect([s.side, s.width, s.height]).toEqual([2, 2, 2]);
    expect(new Circle(1)).toBeInstanceOf(Shape);
  });
});

describe('Circle, Rect, Square: closed forms', () => {
  it.each([0.5, 1, 2, 3.7, 1e-4, 1e6])('circle of radius %d: area πr², perimeter 2πr', (r) => {
    const c = new Circle(r);
    expectClose(c.area(), Math.PI * r * r, `area of Circle(${r})`);
    expectClose(c.perimeter(), 2 * Math.PI * r, `perimeter of Circle(${r})`);
    expect(c.radius).toBe(r);
  });
  it.each([
    [2, 3],
    [0.1, 0.2],
    [1e5, 3e-3],
  ])('rect %d × %d: area wh, perimeter 2(w + h)', (w, h) => {
    const r = new Rect(w, h);
    expectClose(r.area(), w * h, 'area');
    expectClose(r.perimeter(), 2 * (w + h), 'perimeter');
  });
  it('square of side 4: area 16, perimeter 16', () => {
    const s = new Square(4);
    expect([s.area(), s.perimeter()]).toEqual([16, 16]);
  });
});

describe('Triangle: Heron against exact rational arithmetic (Python goldens)', () => {
  it.each(golden.triangles.map((t) => [t.sides.join(', '), t] as const))('sides %s, in every order', (_s, t) => {
    for (const [a, b, c] of permutations(t.sides)) {
      const tri = new Triangle(a, b, c);
      expectClose(tri.area(), t.area, `area of Triangle(${a}, ${b}, ${c})`);
      expectClose(tri.perimeter(), t.perimeter, `perimeter of Triangle(${a}, ${b}, ${c})`);
    }
  });
  it.each(golden.invalid.map((t) => [t.join(', '), t] as const))('refuses sides %s (no triangle, or a flat one) with a RangeError', (_s, t) => {
    for (const [a, b, c] of permutations(t)) {
      expect(() => new Triangle(a, b, c), `Triangle(${a}, ${b}, ${c})`).toThrow(RangeError);
    }
  });
});

describe('validation', () => {
  it.each([0, -1, Number.NaN, Infinity, -Infinity])('refuses the dimension %d with a RangeError in every shape', (bad) => {
    expect(() => new Circle(bad), 'Circle').toThrow(RangeError);
    expect(() => new Rect(bad, 1), 'Rect width').toThrow(RangeError);
    expect(() => new Rect(1, bad), 'Rect height').toThrow(RangeError);
    expect(() => new Square(bad), 'Square').toThrow(RangeError);
    expect(() => new Triangle(bad, 1, 1), 'Triangle a').toThrow(RangeError);
    expect(() => new Triangle(1, 1, bad), 'Triangle c').toThrow(RangeError);
  });
  it('refuses a dimension that is not a number', () => {
    expect(() => new Circle('2' as unknown as number)).toThrow(RangeError);
  });
});
