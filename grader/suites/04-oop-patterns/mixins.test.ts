import { describe, expect, it } from 'vitest';
import { mro, Serializable, Timestamped } from '@impl/04-oop-patterns/mixins';

class Base {
  constructor(
    public x: number,
    public y: number,
  ) {}
  describe() {
    return `Point(${this.x}, ${this.y})`;
  }
  norm() {
    return Math.hypot(this.x, this.y);
  }
  static origin() {
    return new this(0, 0);
  }
}

class Plain {
  label = 'plain';
}

const clock = (...times: number[]) => {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)]!;
};

describe('mixins: instanceof and method resolution order', () => {
  it('lists the MRO of a class built from two mixins, most derived first', () => {
    class Point extends Timestamped(Serializable(Base)) {}
    class Point3 extends Point {}
    expect(mro(Point)).toEqual(['Point', 'Timestamped', 'Serializable', 'Base', 'Object']);
    expect(mro(Point3)).toEqual(['Point3', 'Point', 'Timestamped', 'Serializable', 'Base', 'Object']);
    expect(mro(Serializable(Timestamped(Plain)))).toEqual(['Serializable', 'Timestamped', 'Plain', 'Object']);
  });
  it('gives mro of plain classes too', () => {
    class A {}
    class B extends A {}
    expect(mro(B)).toEqual(['B', 'A', 'Object']);
    expect(mro(Array)).toEqual(['Array', 'Object']);
  });
  it('makes instances instanceof the class, its base and each mixin applied', () => {
    class Point extends Timestamped(Serializable(Base)) {}
    const p = new Point(1, 2);
    expect([p instanceof Point, p instanceof Base, p instanceof Serializable, p instanceof Timestamped]).toEqual([true, true, true, true]);
  });
  it('answers instanceof only for classes that really include the mixin', () => {
    class OnlySerializable extends Serializable(Base) {}
    const s = new OnlySerializable(1, 1);
    expect([s instanceof Serializable, s instanceof Timestamped]).toEqual([true, false]);
    expect([new Base(0, 0) instanceof Serializable, new Plain() instanceof Timestamped]).toEqual([false, false]);
    expect([({}) instanceof Serializable, (null as unknown) instanceof Serializable, (5 as unknown) instanceof Timestamped]).toEqual([false, false, false]);
  });
  it('recognises instances of two separate applications of the same mixin', () => {
    const A = Serializable(Base);
    const B = Serializable(Plain);
    expect([new A(1, 2) instanceof Serializable, new B() instanceof Serializable]).toEqual([true, true]);
    expect(new A(1, 2) instanceof B).toBe(false);
  });
});

describe('mixins: cooperative describe() (super along the chain)', () => {
  it('composes the descriptions in MRO order', () => {
    class P1 extends Timestamped(Serializable(Base)) {}
    class P2 extends Serializable(Timestamped(Base)) {}
    expect(new P1(1, 2).describe()).toBe('Point(1, 2) [serializable] [timestamped]');
    expect(new P2(3, 4).describe()).toBe('Point(3, 4) [timestamped] [serializable]');
  });
  it('starts from the base class name when nothing below describes itself', () => {
    expect(new (Timestamped(Serializable(Plain)))().describe()).toBe('Plain [serializable] [timestamped]');
  });
  it('lets a subclass override describe() and still call up the chain with super', () => {
    class Labeled extends Serializable(Base) {
      override describe() {
        return `<${super.describe()}>`;
      }
    }
    expect(new Labeled(5, 6).describe()).toBe('<Point(5, 6) [serializable]>');
  });
});

describe('mixins: constructors, fields and statics', () => {
  it('passes every constructor argument through both mixins', () => {
    class Point extends Timestamped(Serializable(Base), clock(7)) {}
    const p = new Point(3, 4);
    expect([p.x, p.y, p.norm()]).toEqual([3, 4, 5]);
  });
  it('keeps the base class statics, with `this` bound to the mixed class', () => {
    class Point extends Timestamped(Serializable(Base), clock(1)) {}
    const o = Point.origin() as Point;
    expect(o).toBeInstanceOf(Point);
    expect([o.x, o.y, o.createdAt]).toEqual([0, 0, 1]);
  });
  it('stamps createdAt/updatedAt from the injected clock and touch() moves only updatedAt', () => {
    const Stamped = Timestamped(Plain, clock(100, 250, 400));
    const s = new Stamped();
    expect([s.createdAt, s.updatedAt]).toEqual([100, 100]);
    s.touch();
    expect([s.createdAt, s.updatedAt]).toEqual([100, 250]);
    s.touch();
    expect(s.updatedAt).toBe(400);
    expect(s.label).toBe('plain');
  });
  it('defaults the clock to Date.now', () => {
    const before = Date.now();
    const s = new (Timestamped(Plain))();
    expect(s.createdAt).toBeGreaterThanOrEqual(before);
    expect(s.createdAt).toBeLessThanOrEqual(Date.now());
  });
});

describe('mixins: serialize / deserialize', () => {
  it('serializes the own enumerable fields, in order', () => {
    class Point extends Timestamped(Serializable(Base), clock(42)) {}
    expect(JSON.parse(new Point(1, 2).serialize())).toEqual({ x: 1, y: 2, createdAt: 42, updatedAt: 42 });
    expect(new (Serializable(Plain))().serialize()).toBe('{"label":"plain"}');
  });
  it('deserializes into the class it is called on, without running constructors, methods intact', () => {
    let constructed = 0;
    class Counted extends Base {
      constructor(x: number, y: number) {
        super(x, y);
        constructed++;
      }
    }
    class Point extends Timestamped(Serializable(Counted), clock(9)) {}
    class Point3 extends Point {}
    const text = new Point3(3, 4).serialize();
    constructed = 0;
    const back = Point3.deserialize(text);
    expect(constructed).toBe(0);
    expect(back).toBeInstanceOf(Point3);
    expect(back instanceof Serializable && back instanceof Timestamped).toBe(true);
    expect([back.x, back.y, back.createdAt, back.norm()]).toEqual([3, 4, 9, 5]);
    expect(Point.deserialize(text)).not.toBeInstanceOf(Point3);
  });
});
