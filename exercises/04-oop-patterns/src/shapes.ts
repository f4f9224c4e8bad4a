import { todo } from '@roadmap/todo';

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
    // TODO: throw a TypeError when the class being constructed is Shape itself.
    todo('Shape');
  }

  abstract area(): number;
  abstract perimeter(): number;

  /** `"Circle with area 3.14 and perimeter 6.28"`: the class name, then two decimals each. */
  describe(): string {
    // TODO: use this.constructor.name and the subclass's own area()/perimeter().
    return todo('Shape.describe');
  }
}

/** Every dimension must be a finite number > 0, else `RangeError`. */
export class Circle extends Shape {
  readonly radius: number;
  constructor(radius: number) {
    super();
    // TODO: validate and store.
    this.radius = todo('Circle');
  }
  area(): number {
    return todo('Circle.area');
  }
  perimeter(): number {
    return todo('Circle.perimeter');
  }
}

export class Rect extends Shape {
  readonly width: number;
  readonly height: number;
  constructor(width: number, height: number) {
    super();
    // TODO: validate and store.
    this.width = todo('Rect');
    this.height = height;
  }
  area(): number {
    return todo('Rect.area');
  }
  perimeter(): number {
    return todo('Rect.perimeter');
  }
}

/** A `Rect` whose sides are equal: `new Square(3)` is a `Rect` 3 × 3. */
export class Square extends Rect {
  constructor(side: number) {
    // TODO: reuse Rect.
    super(todo('Square'), side);
  }
  get side(): number {
    return todo('Square.side');
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
    // TODO: validate (positive, finite, strict triangle inequality) and store.
    this.a = todo('Triangle');
    this.b = b;
    this.c = c;
  }
  area(): number {
    return todo('Triangle.area');
  }
  perimeter(): number {
    return todo('Triangle.perimeter');
  }
}
