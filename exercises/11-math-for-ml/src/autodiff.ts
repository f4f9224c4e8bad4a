import { todo } from '@roadmap/todo';

/**
 * A scalar reverse-mode automatic differentiation engine, like Karpathy's micrograd:
 *
 * ```python
 * a = Value(2.0); b = Value(-3.0)
 * c = (a * b + a).tanh()
 * c.backward()          # a.grad == dc/da, b.grad == dc/db
 * ```
 *
 * Each operation returns a new `Value` that remembers its inputs and how to push its gradient
 * back to them. `backward()` visits the graph in reverse topological order.
 * TypeScript has no operator overloading: `a * b + a` is written `a.mul(b).add(a)`.
 */
export class Value {
  data: number;
  /** ∂output/∂this after `backward()` on the output; starts at 0. */
  grad = 0;
  /** The values this one was computed from (empty for a leaf). */
  readonly children: readonly Value[];
  /** The operation that produced this value ('' for a leaf), for debugging. */
  readonly op: string;
  /** Adds this value's grad, times the local derivatives, to its children's grads. Each operation sets it. */
  private backwardStep: () => void = () => {};

  constructor(data: number, children: readonly Value[] = [], op = '') {
    this.data = data;
    this.children = children;
    this.op = op;
  }

  /** Wraps a plain number as a leaf, so `a.add(1)` works like `a + 1` in Python. */
  private static of(x: Value | number): Value {
    return x instanceof Value ? x : new Value(x);
  }

  add(other: Value | number): Value {
    // TODO: out = new Value(this.data + o.data, [this, o], '+'); set out.backwardStep; return out.
    return todo('Value.add');
  }

  mul(other: Value | number): Value {
    // TODO: the product rule.
    return todo('Value.mul');
  }

  /** `this ** n` for a constant exponent n. */
  pow(n: number): Value {
    // TODO: d(xⁿ)/dx = n·xⁿ⁻¹.
    return todo('Value.pow');
  }

  neg(): Value {
    // TODO: build it from the operations above.
    return todo('Value.neg');
  }

  sub(other: Value | number): Value {
    // TODO: build it from the operations above.
    return todo('Value.sub');
  }

  div(other: Value | number): Value {
    // TODO: a / b = a · b⁻¹.
    return todo('Value.div');
  }

  exp(): Value {
    // TODO: d(eˣ)/dx = eˣ.
    return todo('Value.exp');
  }

  tanh(): Value {
    // TODO: d(tanh x)/dx = 1 − tanh²x.
    return todo('Value.tanh');
  }

  relu(): Value {
    // TODO: max(0, x); its derivative is 1 for x > 0, else 0.
    return todo('Value.relu');
  }

  /**
   * Sets this value's grad to 1 and propagates to every value it depends on. Each node's step runs
   * after all the nodes that use it. Build the topological order with an explicit stack: very deep
   * graphs must not overflow the call stack.
   */
  backward(): void {
    // TODO: topological order (children first), this.grad = 1, then backwardStep in reverse order.
    todo('Value.backward');
  }
}
