import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexError, ValueError } from '@impl/05-standard-library/_errors';
import { Deque } from '@impl/05-standard-library/deque';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracles: Python's collections.deque (goldens) and a model-based run against a plain Array.
interface Step {
  op: string;
  before: number[];
  arg?: number | number[];
  result?: number;
  error?: 'IndexError';
  state: number[];
}
interface Golden {
  scripts: { start: number[]; maxLen: number | null; steps: Step[] }[];
  examples: { rotate2: number[]; maxLen3: number[]; extendLeft: number[] };
}
const golden = loadGolden<Golden>('deque');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, maxLen: s.maxLen, where: `script ${si} step ${i}` })));
type LabeledStep = (typeof steps)[number];

function apply(d: Deque<number>, step: Step): { result?: number; error?: string } {
  try {
    switch (step.op) {
      case 'append':
        d.append(step.arg as number);
        return {};
      case 'appendLeft':
        d.appendLeft(step.arg as number);
        return {};
      case 'pop':
        return { result: d.pop() };
      case 'popLeft':
        return { result: d.popLeft() };
      case 'extend':
        d.extend(step.arg as number[]);
        return {};
      case 'extendLeft':
        d.extendLeft(step.arg as number[]);
        return {};
      case 'rotate':
        d.rotate(step.arg as number);
        return {};
      case 'at':
        return { result: d.at(step.arg as number) };
      case 'clear':
        d.clear();
        return {};
      case 'length':
        return { result: d.length };
      default:
        throw new Error(`unknown op ${step.op}`);
    }
  } catch (e) {
    if (e instanceof IndexError) return { error: 'IndexError' };
    throw e;
  }
}
const expectedOf = (s: Step) => ({ ...('result' in s ? { result: s.result } : {}), ...(s.error ? { error: s.error } : {}) });
const label = (s: LabeledStep) => `${s.where}: deque(${show(s.before)}, maxlen=${s.maxLen}).${s.op}(${s.arg === undefined ? '' : show(s.arg)})`;
function checkStep(s: LabeledStep): void {
  const d = new Deque<number>(s.before, { maxLen: s.maxLen ?? undefined });
  same(apply(d, s), expectedOf(s), `${s.op} outcome`);
  same([...d], s.state, `items after ${s.op}`);
}
const stepsOf = (...ops: string[]) => steps.filter((s) => ops.includes(s.op));

// ---- model-based test: the model is a plain Array with the same maxLen rules -----------------
interface Model {
  items: number[];
  maxLen: number | undefined;
}
type Real = Deque<number>;
const trim = (m: Model, fromLeft: boolean) => {
  while (m.maxLen !== undefined && m.items.length > m.maxLen) {
    if (fromLeft) m.items.shift();
    else m.items.pop();
  }
};
const agree = (m: Model, r: Real, what: string) => {
  const items = r.toArray();
  const length = r.length;
  // Only build an expect() when they differ: it is slow, and this runs thousands of times.
  if (length !== m.items.length || items.length !== m.items.length || items.some((x, i) => x !== m.items[i])) {
    expect({ after: what, items, length }).toEqual({ after: what, items: m.items, length: m.items.length });
  }
};
const eq = (got: unknown, want: unknown, op: string) => {
  if (!Object.is(got, want)) expect({ op, got }).toEqual({ op, got: want });
};
class Append implements fc.Command<Model, Real> {
  constructor(readonly x: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    m.items.push(this.x);
    trim(m, true);
    r.append(this.x);
    agree(m, r, this.toString());
  }
  toString = () => `append(${this.x})`;
}
class AppendLeft implements fc.Command<Model, Real> {
  constructor(readonly x: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    m.items.unshift(this.x);
    trim(m, false);
    r.appendLeft(this.x);
    agree(m, r, this.toString());
  }
  toString = () => `appendLeft(${this.x})`;
}
class Pop implements fc.Command<Model, Real> {
  constructor(readonly left: boolean) {}
  check = () => true;
  run(m: Model, r: Real) {
    if (m.items.length === 0) {
      expect(() => (this.left ? r.popLeft() : r.pop())).toThrow(IndexError);
    } else {
      const want = this.left ? m.items.shift() : m.items.pop();
      eq(this.left ? r.popLeft() : r.pop(), want, this.toString());
    }
    agree(m, r, this.toString());
  }
  toString = () => (this.left ? 'popLeft()' : 'pop()');
}
class Rotate implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    const len = m.items.length;
    if (len > 0) {
      const k = ((this.n % len) + len) % len;
      m.items = [...m.items.slice(len - k), ...m.items.slice(0, len - k)];
    }
    r.rotate(this.n);
    agree(m, r, this.toString());
  }
  toString = () => `rotate(${this.n})`;
}
class At implements fc.Command<Model, Real> {
  constructor(readonly i: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    const want = m.items.at(this.i);
    const inRange = this.i >= -m.items.length && this.i < m.items.length;
    if (inRange) eq(r.at(this.i), want, this.toString());
    else expect(() => r.at(this.i)).toThrow(IndexError);
  }
  toString = () => `at(${this.i})`;
}
class Extend implements fc.Command<Model, Real> {
  constructor(
    readonly xs: number[],
    readonly left: boolean,
  ) {}
  check = () => true;
  run(m: Model, r: Real) {
    for (const x of this.xs) {
      if (this.left) m.items.unshift(x);
      else m.items.push(x);
      trim(m, !this.left);
    }
    if (this.left) r.extendLeft(this.xs);
    else r.extend(this.xs);
    agree(m, r, this.toString());
  }
  toString = () => `${this.left ? 'extendLeft' : 'extend'}(${show(this.xs)})`;
}
class Clear implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real) {
    m.items = [];
    r.clear();
    agree(m, r, 'clear()');
  }
  toString = () => 'clear()';
}
const commands = [
  fc.integer({ min: 0, max: 999 }).map((x) => new Append(x)),
  fc.integer({ min: 0, max: 999 }).map((x) => new AppendLeft(x)),
  fc.boolean().map((left) => new Pop(left)),
  fc.integer({ min: -40, max: 40 }).map((n) => new Rotate(n)),
  fc.integer({ min: -20, max: 20 }).map((i) => new At(i)),
  fc.tuple(fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 12 }), fc.boolean()).map(([xs, left]) => new Extend(xs, left)),
  fc.constant(new Clear()),
];
const runModel = (maxLen: number | undefined, cmds: Iterable<fc.Command<Model, Real>>) =>
  fc.modelRun(() => ({ model: { items: [], maxLen }, real: new Deque<number>([], { maxLen }) }), cmds);

describe('Deque', () => {
  it('rotate(2) on 1..5 gives 4, 5, 1, 2, 3', () => {
    const d = new Deque([1, 2, 3, 4, 5]);
    d.rotate(2);
    expect(d.toArray()).toEqual(golden.examples.rotate2);
  });

  it('with maxLen 3, appending 0..4 keeps 2, 3, 4', () => {
    const d = new Deque<number>([], { maxLen: 3 });
    for (let i = 0; i < 5; i++) d.append(i);
    expect(d.toArray()).toEqual(golden.examples.maxLen3);
    expect(d.maxLen).toBe(3);
  });

  it('extendLeft adds items one by one to the left, so they come out reversed', () => {
    const d = new Deque([1, 2, 3]);
    d.extendLeft([4, 5, 6]);
    expect(d.toArray()).toEqual(golden.examples.extendLeft);
  });

  it('append, appendLeft, extend and extendLeft match Python, dropping from the far end when full', () => {
    everyCase(stepsOf('append', 'appendLeft', 'extend', 'extendLeft'), label, checkStep);
  });

  it('pop and popLeft match Python and throw IndexError when empty', () => {
    everyCase(stepsOf('pop', 'popLeft'), label, checkStep);
  });

  it('rotate matches Python for negative n and n larger than the length', () => {
    everyCase(stepsOf('rotate'), label, checkStep);
  });

  it('at(i) matches d[i], negative indexes included, and throws IndexError out of range', () => {
    everyCase(stepsOf('at', 'length', 'clear'), label, checkStep);
  });

  it('replays whole Python scripts on one deque', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: deque(${show(s.start)}, maxlen=${s.maxLen}) then ${s.steps.map((x) => x.op).join(', ')}`,
      (s) => {
        const d = new Deque<number>(s.start, { maxLen: s.maxLen ?? undefined });
        for (const step of s.steps) {
          same(apply(d, step), expectedOf(step), `${step.op}(${step.arg === undefined ? '' : show(step.arg)}) outcome`);
          same([...d], step.state, `items after ${step.op}(${step.arg === undefined ? '' : show(step.arg)})`);
        }
      },
    );
  });

  it('behaves like an Array model over random command sequences (unbounded)', () => {
    fc.assert(fc.property(fc.commands(commands, { maxCommands: 80 }), (cmds) => runModel(undefined, cmds)));
  });

  it('behaves like an Array model over random command sequences (with maxLen)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.commands(commands, { maxCommands: 50 }), (maxLen, cmds) => runModel(maxLen, cmds)),
    );
  });

  it('survives many wrap-arounds of its buffer', () => {
    const d = new Deque<number>();
    const model: number[] = [];
    const popped: number[] = [];
    const wanted: number[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i % 3 === 2) {
        popped.push(d.popLeft());
        wanted.push(model.shift()!);
      } else if (i % 2 === 0) {
        d.append(i);
        model.push(i);
      } else {
        d.appendLeft(i);
        model.unshift(i);
      }
    }
    expect(popped).toEqual(wanted);
    expect(d.toArray()).toEqual(model);
  });

  it('throws ValueError for a negative maxLen and IndexError (a RangeError) on an empty pop', () => {
    expect(() => new Deque([], { maxLen: -1 })).toThrow(ValueError);
    const err = (() => {
      try {
        new Deque<number>().popLeft();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(IndexError);
    expect(err).toBeInstanceOf(RangeError);
  });

  it('is iterable and has no maxLen unless one is given', () => {
    const d = new Deque('abc');
    expect([...d]).toEqual(['a', 'b', 'c']);
    expect(d.maxLen).toBeUndefined();
    expect(d.length).toBe(3);
  });
});
