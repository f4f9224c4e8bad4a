// Mistake: builds the topological order recursively (micrograd's build_topo), which overflows the stack on deep graphs.
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
    const o = Value.of(other);
    const out = new Value(this.data + o.data, [this, o], '+');
    out.backwardStep = () => {
      // += not =: a value used twice (a + a) receives gradient from both uses.
      this.grad += out.grad;
      o.grad += out.grad;
    };
    return out;
  }

  mul(other: Value | number): Value {
    const o = Value.of(other);
    const out = new Value(this.data * o.data, [this, o], '*');
    out.backwardStep = () => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    };
    return out;
  }

  /** `this ** n` for a constant exponent n. */
  pow(n: number): Value {
    const out = new Value(this.data ** n, [this], `**${n}`);
    out.backwardStep = () => {
      this.grad += n * this.data ** (n - 1) * out.grad;
    };
    return out;
  }

  neg(): Value {
    return this.mul(-1);
  }

  sub(other: Value | number): Value {
    return this.add(Value.of(other).neg());
  }

  div(other: Value | number): Value {
    return this.mul(Value.of(other).pow(-1));
  }

  exp(): Value {
    const e = Math.exp(this.data);
    const out = new Value(e, [this], 'exp');
    out.backwardStep = () => {
      this.grad += e * out.grad;
    };
    return out;
  }

  tanh(): Value {
    const t = Math.tanh(this.data);
    const out = new Value(t, [this], 'tanh');
    out.backwardStep = () => {
      this.grad += (1 - t * t) * out.grad;
    };
    return out;
  }

  relu(): Value {
    const out = new Value(this.data > 0 ? this.data : 0, [this], 'relu');
    out.backwardStep = () => {
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    };
    return out;
  }

  /**
   * Sets this value's grad to 1 and propagates to every value it depends on. Each node's step runs
   * after all the nodes that use it. The topological order is built with an explicit stack, so
   * very deep graphs do not overflow the call stack.
   */
  backward(): void {
    const order: Value[] = [];
    const seen = new Set<Value>();
    const build = (v: Value): void => {
      if (seen.has(v)) return;
      seen.add(v);
      for (const c of v.children) build(c);
      order.push(v);
    };
    build(this);
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]!.backwardStep();
  }
}
