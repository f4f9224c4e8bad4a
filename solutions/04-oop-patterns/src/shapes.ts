/**
 * Python:
 * ```python
 * from abc import ABC, abstractmethod
 *
 * class Shape(ABC):
 *     @abstractmethod
 *     def area(self) -> float: ...
 *     @abstractmethod
 *     def perimeter(self) -> float: ...
 *     def describe(self) -> str:
 *         return f"{type(self).__name__} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
 *
 * Shape()   # TypeError: Can't instantiate abstract class Shape
 * ```
 * TypeScript: `abstract` stops `new Shape()` at compile time only; the constructor must also
 * refuse it at run time (`new.target === Shape` → `TypeError`), as Python does.
 */
export abstract class Shape {
  constructor() {
    // new.target is the class named after `new`: Shape itself only when someone bypassed the
    // type checker (`new (Shape as any)()`); for `new Circle(1)` it is Circle.
    if (new.target === Shape) throw new TypeError("Can't instantiate abstract class Shape");
  }

  abstract area(): number;
  abstract perimeter(): number;

  /** `"Circle with area 3.14 and perimeter 6.28"`: the class name, then two decimals each. */
  describe(): string {
    return `${this.constructor.name} with area ${this.area().toFixed(2)} and perimeter ${this.perimeter().toFixed(2)}`;
  }
}

function checkLength(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
  }
  return value;
}

/** Every dimension must be a finite number > 0, else `RangeError`. */
export class Circle extends Shape {
  readonly radius: number;
  constructor(radius: number) {
    super();
    this.radius = checkLength('radius', radius);
  }
  area(): number {
    return Math.PI * this.radius ** 2;
  }
  perimeter(): number {
    return 2 * Math.PI * this.radius;
  }
}

export class Rect extends Shape {
  readonly width: number;
  readonly height: number;
  constructor(width: number, height: number) {
    super();
    this.width = checkLength('width', width);
    this.height = checkLength('height', height);
  }
  area(): number {
    return this.width * this.height;
  }
  perimeter(): number {
    return 2 * (this.width + this.height);
  }
}

/** A `Rect` whose sides are equal: `new Square(3)` is a `Rect` 3 × 3. */
export class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  get side(): number {
    return this.width;
  }
}

/**
 * A triangle from its three side lengths. Sides must be finite and > 0, and each side shorter
 * than the sum of the other two (a flat, "degenerate" triangle is refused too): `RangeError`.
 * The area is Heron's formula, written so that it stays accurate for needle-shaped triangles
 * (one very short side): sort the sides a >= b >= c and use
 * `sqrt((a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c))) / 4`, with the parentheses
 * exactly as written (Kahan). The textbook `sqrt(s(s-a)(s-b)(s-c))` loses digits there.
 */
export class Triangle extends Shape {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  constructor(a: number, b: number, c: number) {
    super();
    this.a = checkLength('a', a);
    this.b = checkLength('b', b);
    this.c = checkLength('c', c);
    const [x, y, z] = [a, b, c].sort((p, q) => q - p) as [number, number, number];
    // With x the longest side, x < y + z is the only inequality that can fail.
    if (!(x < y + z)) throw new RangeError(`sides ${a}, ${b}, ${c} do not make a triangle`);
  }
  area(): number {
    const [a, b, c] = [this.a, this.b, this.c].sort((p, q) => q - p) as [number, number, number];
    // Kahan's arrangement: every subtraction is of nearby exact values, so nothing cancels badly.
    return Math.sqrt((a + (b + c)) * (c - (a - b)) * (c + (a - b)) * (a + (b - c))) / 4;
  }
  perimeter(): number {
    return this.a + this.b + this.c;
  }
}
