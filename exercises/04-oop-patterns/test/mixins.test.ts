import { describe, expect, it } from 'vitest';
import { mro, Serializable, Timestamped } from '../src/mixins.ts';

class Base {
  constructor(
    public x: number,
    public y: number,
  ) {}
  describe() {
    return `Point(${this.x}, ${this.y})`;
  }
}

describe('mixins', () => {
  it('stacks behaviour and passes constructor arguments through', () => {
    class Point extends Timestamped(Serializable(Base), () => 1000) {}
    const p = new Point(1, 2);
    expect([p.x, p.y, p.createdAt]).toEqual([1, 2, 1000]);
    expect(p.describe()).toBe('Point(1, 2) [serializable] [timestamped]');
  });
  it('lists the method resolution order', () => {
    class Point extends Timestamped(Serializable(Base)) {}
    expect(mro(Point)).toEqual(['Point', 'Timestamped', 'Serializable', 'Base', 'Object']);
  });
  it('answers instanceof for the mixin itself', () => {
    class Point extends Serializable(Base) {}
    expect(new Point(0, 0) instanceof Serializable).toBe(true);
    expect(new Base(0, 0) instanceof Serializable).toBe(false);
  });
});
