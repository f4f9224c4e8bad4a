import { describe, expect, it } from 'vitest';
import { Counter } from '@impl/05-standard-library/counter';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracle: Python's collections.Counter (grader/goldens/05-standard-library.py).
type Pairs = [string, number][];
interface Step {
  op: string;
  before: Pairs;
  arg?: unknown;
  result?: unknown;
  state: Pairs;
}
interface Golden {
  scripts: { start: string[]; steps: Step[] }[];
  mostCommon: { text: string; n: number | null; result: Pairs }[];
  examples: Record<string, { start?: string; arg?: string; counts?: Pairs; result: unknown }>;
}
const golden = loadGolden<Golden>('counter');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, where: `script ${si} step ${i}` })));
const stepsOf = (...ops: string[]) => steps.filter((s) => ops.includes(s.op));

const entries = (c: Counter<string>) => [...c];

/** Applies one golden step to a Counter rebuilt from Python's state before it; returns the op's result. */
function apply(c: Counter<string>, step: Step): unknown {
  const arg = step.arg as never;
  switch (step.op) {
    case 'update':
      c.update(arg as string[]);
      return undefined;
    case 'updateCounter':
      c.update(Counter.fromEntries(arg as Pairs));
      return undefined;
    case 'subtract':
      c.subtract(arg as string[]);
      return undefined;
    case 'subtractCounter':
      c.subtract(Counter.fromEntries(arg as Pairs));
      return undefined;
    case 'mostCommon':
      return c.mostCommon((arg as number | null) ?? undefined);
    case 'elements':
      return [...c.elements()];
    case 'total':
      return c.total();
    case 'plus':
      return entries(c.plus(Counter.fromEntries(arg as Pairs)));
    case 'minus':
      return entries(c.minus(Counter.fromEntries(arg as Pairs)));
    case 'union':
      return entries(c.union(Counter.fromEntries(arg as Pairs)));
    case 'intersection':
      return entries(c.intersection(Counter.fromEntries(arg as Pairs)));
    case 'set':
      c.set((arg as [string, number])[0], (arg as [string, number])[1]);
      return undefined;
    case 'delete':
      return c.delete(arg as string);
    case 'get':
      return c.get(arg as string);
    default:
      throw new Error(`unknown op ${step.op}`);
  }
}

function checkStep(step: Step & { where: string }): void {
  const c = Counter.fromEntries(step.before);
  const result = apply(c, step);
  if ('result' in step) same(result, step.result, `${step.op}(${show(step.arg)}) result`);
  same(entries(c), step.state, `state after ${step.op}(${show(step.arg)})`);
}
const label = (s: Step & { where: string }) => `${s.where}: Counter(${show(s.before)}).${s.op}(${show(s.arg)})`;

describe('Counter', () => {
  it('counts the items of an iterable in first-insertion order', () => {
    expect(entries(new Counter('abracadabra'))).toEqual(golden.mostCommon.find((m) => m.text === 'abracadabra' && m.n === null)!.result);
  });

  it('gives 0 for a missing item without inserting it', () => {
    const c = new Counter(['a']);
    expect(c.get('zzz')).toBe(0);
    expect(c.has('zzz')).toBe(false);
    expect(c.size).toBe(1);
  });

  it("ranks Counter('abracadabra').most_common(3) as a5, b2, r2 (ties in first-insertion order)", () => {
    for (const m of golden.mostCommon) {
      expect({ text: m.text, n: m.n, got: new Counter(m.text).mostCommon(m.n ?? undefined) }).toEqual({ text: m.text, n: m.n, got: m.result });
    }
  });

  it('mostCommon matches Python, including n = 0, n larger than the size and zero or negative counts', () => {
    everyCase(stepsOf('mostCommon'), label, checkStep);
  });

  it('update adds one per item of an iterable and the counts of another Counter', () => {
    everyCase(stepsOf('update', 'updateCounter'), label, checkStep);
  });

  it('subtract keeps counts that reach zero or go negative', () => {
    const ex = golden.examples.subtract!;
    expect(entries(new Counter(ex.start!).subtract(ex.arg!))).toEqual(ex.result);
    everyCase(stepsOf('subtract', 'subtractCounter'), label, checkStep);
  });

  it('minus (c - d) drops counts that are zero or negative', () => {
    const ex = golden.examples.minus!;
    expect(entries(new Counter(ex.start!).minus(new Counter(ex.arg!)))).toEqual(ex.result);
    everyCase(stepsOf('minus'), label, checkStep);
  });

  it('plus (c + d) adds counts and keeps only positive ones', () => {
    const ex = golden.examples.plus!;
    expect(entries(new Counter(ex.start!).plus(new Counter(ex.arg!)))).toEqual(ex.result);
    everyCase(stepsOf('plus'), label, checkStep);
  });

  it('union (c | d) and intersection (c & d) take the max and the min count', () => {
    const u = golden.examples.union!;
    const n = golden.examples.intersection!;
    expect(entries(new Counter(u.start!).union(new Counter(u.arg!)))).toEqual(u.result);
    expect(entries(new Counter(n.start!).intersection(new Counter(n.arg!)))).toEqual(n.result);
    everyCase(stepsOf('union', 'intersection'), label, checkStep);
  });

  it('elements repeats each item count times and skips zero and negative counts', () => {
    const ex = golden.examples.elements!;
    expect([...Counter.fromEntries(ex.counts!).elements()]).toEqual(ex.result);
    everyCase(stepsOf('elements'), label, checkStep);
  });

  it('total sums every count, negative ones included', () => {
    const ex = golden.examples.total!;
    expect(Counter.fromEntries(ex.counts!).total()).toBe(ex.result);
    everyCase(stepsOf('total'), label, checkStep);
  });

  it('set, delete and get behave like c[x] = n, del c[x] and c[x]', () => {
    everyCase(stepsOf('set', 'delete', 'get'), label, checkStep);
  });

  it('replays whole Python scripts on one Counter', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: Counter(${show(s.start.join(''))}) then ${s.steps.map((x) => x.op).join(', ')}`,
      (s) => {
        const c = new Counter(s.start);
        for (const step of s.steps) {
          const result = apply(c, step);
          if ('result' in step) same(result, step.result, `${step.op}(${show(step.arg)}) result`);
          same(entries(c), step.state, `state after ${step.op}(${show(step.arg)})`);
        }
      },
    );
  });

  it('keys, entries and iteration agree with each other', () => {
    const c = new Counter('hello world');
    expect([...c.keys()]).toEqual([...c.entries()].map(([k]) => k));
    expect([...c]).toEqual([...c.entries()]);
    expect([...c.keys()]).toEqual([...new Set('hello world')]);
  });

  it('counts any value by identity, not only strings', () => {
    const a = { id: 1 };
    const b = { id: 1 };
    const c = new Counter<unknown>([a, b, a, 1, 1, '1']);
    expect(c.get(a)).toBe(2);
    expect(c.get(b)).toBe(1);
    expect(c.get(1)).toBe(2);
    expect(c.get('1')).toBe(1);
  });
});
