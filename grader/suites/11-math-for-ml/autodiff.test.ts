import { describe, expect, it } from 'vitest';
import { Value } from '@impl/11-math-for-ml/autodiff';
import { expectNear, mulberry32 } from './_kit.ts';

/** A random expression over n inputs, evaluable both on Values and on plain numbers. */
type Expr =
  | { kind: 'var'; i: number }
  | { kind: 'const'; c: number }
  | { kind: 'add' | 'mul' | 'sub'; a: Expr; b: Expr }
  | { kind: 'div'; a: Expr; b: Expr }
  | { kind: 'pow'; a: Expr; n: number }
  | { kind: 'exp' | 'tanh' | 'relu' | 'neg'; a: Expr };

function randomExpr(rng: () => number, nVars: number, depth: number): Expr {
  if (depth === 0 || rng() < 0.2) {
    return rng() < 0.75 ? { kind: 'var', i: Math.floor(rng() * nVars) } : { kind: 'const', c: Math.round((rng() * 4 - 2) * 100) / 100 };
  }
  const r = rng();
  const sub = () => randomExpr(rng, nVars, depth - 1);
  if (r < 0.2) return { kind: 'add', a: sub(), b: sub() };
  if (r < 0.4) return { kind: 'mul', a: sub(), b: sub() };
  if (r < 0.5) return { kind: 'sub', a: sub(), b: sub() };
  if (r < 0.6) return { kind: 'pow', a: sub(), n: [2, 3][Math.floor(rng() * 2)]! };
  if (r < 0.7) return { kind: 'tanh', a: sub() };
  if (r < 0.78) return { kind: 'exp', a: { kind: 'tanh', a: sub() } }; // keep exp's argument in [-1, 1]
  if (r < 0.86) return { kind: 'relu', a: sub() };
  if (r < 0.93) return { kind: 'neg', a: sub() };
  // Divide by something bounded away from zero: 2 + tanh(·)² ∈ [2, 3].
  return { kind: 'div', a: sub(), b: { kind: 'add', a: { kind: 'const', c: 2 }, b: { kind: 'pow', a: { kind: 'tanh', a: sub() }, n: 2 } } };
}

function evalNum(e: Expr, x: number[]): number {
  switch (e.kind) {
    case 'var': return x[e.i]!;
    case 'const': return e.c;
    case 'add': return evalNum(e.a, x) + evalNum(e.b, x);
    case 'mul': return evalNum(e.a, x) * evalNum(e.b, x);
    case 'sub': return evalNum(e.a, x) - evalNum(e.b, x);
    case 'div': return evalNum(e.a, x) / evalNum(e.b, x);
    case 'pow': return evalNum(e.a, x) ** e.n;
    case 'exp': return Math.exp(evalNum(e.a, x));
    case 'tanh': return Math.tanh(evalNum(e.a, x));
    case 'relu': return Math.max(0, evalNum(e.a, x));
    case 'neg': return -evalNum(e.a, x);
  }
}

function evalValue(e: Expr, x: Value[]): Value {
  switch (e.kind) {
    case 'var': return x[e.i]!;
    case 'const': return new Value(e.c);
    case 'add': return evalValue(e.a, x).add(evalValue(e.b, x));
    case 'mul': return evalValue(e.a, x).mul(evalValue(e.b, x));
    case 'sub': return evalValue(e.a, x).sub(evalValue(e.b, x));
    case 'div': return evalValue(e.a, x).div(evalValue(e.b, x));
    case 'pow': return evalValue(e.a, x).pow(e.n);
    case 'exp': return evalValue(e.a, x).exp();
    case 'tanh': return evalValue(e.a, x).tanh();
    case 'relu': return evalValue(e.a, x).relu();
    case 'neg': return evalValue(e.a, x).neg();
  }
}

/** Does some relu argument sit within `margin` of its kink at 0? Then finite differences are unreliable. */
function nearKink(e: Expr, x: number[], margin: number): boolean {
  switch (e.kind) {
    case 'var':
    case 'const': return false;
    case 'relu': return Math.abs(evalNum(e.a, x)) < margin || nearKink(e.a, x, margin);
    case 'pow':
    case 'exp':
    case 'tanh':
    case 'neg': return nearKink(e.a, x, margin);
    default: return nearKink(e.a, x, margin) || nearKink(e.b, x, margin);
  }
}

describe('Value', () => {
  it('computes forward values of each operation', () => {
    const a = new Value(2);
    const b = new Value(-3);
    expect(a.add(b).data).toBe(-1);
    expect(a.mul(b).data).toBe(-6);
    expect(a.sub(b).data).toBe(5);
    expect(b.div(a).data).toBe(-1.5);
    expect(a.pow(3).data).toBe(8);
    expect(b.neg().data).toBe(3);
    expect(b.relu().data).toBe(0);
    expect(a.relu().data).toBe(2);
    expect(a.exp().data).toBe(Math.exp(2));
    expect(b.tanh().data).toBe(Math.tanh(-3));
    expect(a.add(5).data).toBe(7);
    expect(a.mul(0.5).data).toBe(1);
  });
  it('starts every grad at 0 and sets the output grad to 1 in backward()', () => {
    const a = new Value(3);
    expect(a.grad).toBe(0);
    const y = a.mul(2);
    y.backward();
    expect(y.grad).toBe(1);
    expect(a.grad).toBe(2);
  });
  it('differentiates products, powers, exp, tanh and relu', () => {
    const a = new Value(2);
    const b = new Value(-3);
    a.mul(b).backward();
    expect([a.grad, b.grad]).toEqual([-3, 2]);
    const x = new Value(1.5);
    x.pow(3).backward();
    expectNear(x.grad, 3 * 1.5 ** 2, { atol: 1e-12 }, 'd(x³)/dx at 1.5');
    const t = new Value(0.3);
    t.tanh().backward();
    expectNear(t.grad, 1 - Math.tanh(0.3) ** 2, { atol: 1e-12 }, 'd tanh(x)/dx at 0.3');
    const e = new Value(0.7);
    e.exp().backward();
    expectNear(e.grad, Math.exp(0.7), { atol: 1e-12 }, 'd exp(x)/dx at 0.7');
    const r = new Value(-0.5);
    r.relu().backward();
    expect(r.grad).toBe(0);
    const q = new Value(4);
    q.pow(-1).backward();
    expectNear(q.grad, -1 / 16, { atol: 1e-12 }, 'd(1/x)/dx at 4');
  });
  it('accumulates the gradient of a value used more than once (a·a, a + a)', () => {
    const a = new Value(3);
    a.mul(a).backward();
    expect(a.grad).toBe(6);
    const b = new Value(5);
    b.add(b).backward();
    expect(b.grad).toBe(2);
  });
  it('sums the gradient over every path through a shared subexpression', () => {
    // f = (a·b) + (a·b)·c with a shared node d = a·b: ∂f/∂a = b(1 + c), ∂f/∂b = a(1 + c), ∂f/∂c = ab.
    const a = new Value(2);
    const b = new Value(3);
    const c = new Value(4);
    const d = a.mul(b);
    const f = d.add(d.mul(c));
    f.backward();
    expect([a.grad, b.grad, c.grad, d.grad]).toEqual([15, 10, 6, 5]);
  });
  it("reproduces micrograd's README example (g = 24.7041, dg/da = 138.8338, dg/db = 645.5773)", () => {
    const a = new Value(-4);
    const b = new Value(2);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(new Value(1).add(c).add(a.neg()));
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(new Value(3).mul(d).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2);
    g = g.add(new Value(10).div(f));
    g.backward();
    expectNear(g.data, 24.7041, { atol: 5e-5 }, 'g.data');
    expectNear(a.grad, 138.8338, { atol: 5e-5 }, 'a.grad');
    expectNear(b.grad, 645.5773, { atol: 5e-5 }, 'b.grad');
  });
  it('agrees with central finite differences on 40 random expression trees', () => {
    const rng = mulberry32(1234);
    let checked = 0;
    for (let trial = 0; trial < 200 && checked < 40; trial++) {
      const nVars = 1 + Math.floor(rng() * 3);
      const expr = randomExpr(rng, nVars, 4);
      const x = Array.from({ length: nVars }, () => Math.round((rng() * 3 - 1.5) * 1000) / 1000);
      if (nearKink(expr, x, 1e-3)) continue;
      const fx = evalNum(expr, x);
      if (!Number.isFinite(fx) || Math.abs(fx) > 1e6) continue;
      checked++;
      const leaves = x.map((v) => new Value(v));
      const out = evalValue(expr, leaves);
      expectNear(out.data, fx, { rtol: 1e-12, atol: 1e-12 }, `forward value of ${JSON.stringify(expr)} at ${JSON.stringify(x)}`);
      out.backward();
      const h = 1e-6;
      x.forEach((_, i) => {
        const up = [...x];
        const down = [...x];
        up[i]! += h;
        down[i]! -= h;
        const fd = (evalNum(expr, up) - evalNum(expr, down)) / (2 * h);
        expectNear(leaves[i]!.grad, fd, { rtol: 1e-5, atol: 1e-5 }, `∂/∂x${i} of ${JSON.stringify(expr)} at ${JSON.stringify(x)}`);
      });
    }
    expect(checked).toBe(40);
  });
  it('handles a graph 30 000 operations deep without overflowing the call stack', () => {
    const x = new Value(0.5);
    let y = x;
    for (let i = 0; i < 30_000; i++) y = y.add(1e-5);
    y.backward();
    expect(x.grad).toBe(1);
    expectNear(y.data, 0.8, { atol: 1e-9 }, 'y.data');
  });
});
