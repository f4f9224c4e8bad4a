import { describe, expect, it } from 'vitest';
import { Value } from '../src/autodiff.ts';

describe('Value', () => {
  it('computes a forward value', () => {
    expect(new Value(2).mul(new Value(-3)).add(1).data).toBe(-5);
  });
  it('backpropagates through a product', () => {
    const a = new Value(2);
    const b = new Value(-3);
    a.mul(b).backward();
    expect(a.grad).toBe(-3);
    expect(b.grad).toBe(2);
  });
  it('accumulates the gradient of a value used twice', () => {
    const a = new Value(3);
    a.mul(a).backward();
    expect(a.grad).toBe(6);
  });
});
