import { describe, expect, it, vi } from 'vitest';
import { DefaultMap } from '@impl/05-standard-library/default-map';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracle: Python's collections.defaultdict (grader/goldens/05-standard-library.py).
type Value = number | number[];
interface Step {
  op: 'mutate' | 'read' | 'peek' | 'has' | 'size' | 'delete';
  key: string;
  value?: number;
  before: [string, Value][];
  result?: unknown;
  state: [string, Value][];
}
type Tree = { [k: string]: Tree | string };
interface Golden {
  scripts: { factory: 'list' | 'int'; steps: Step[] }[];
  grouping: { words: string[]; groups: [string, string[]][] };
  tree: { paths: string[][]; read: string[]; result: Tree };
}
const golden = loadGolden<Golden>('default-map');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, factory: s.factory, where: `script ${si} step ${i}` })));
type LabeledStep = (typeof steps)[number];

const factories = { list: (): Value => [], int: (): Value => 0 };
const copy = (v: unknown) => (Array.isArray(v) ? [...v] : v);
const snapshot = (d: Map<string, Value>) => [...d].map(([k, v]) => [k, copy(v)]);

function apply(d: DefaultMap<string, Value>, factory: 'list' | 'int', step: Step): unknown {
  switch (step.op) {
    case 'mutate':
      if (factory === 'list') (d.get(step.key) as number[]).push(step.value!);
      else d.set(step.key, (d.get(step.key) as number) + step.value!);
      return undefined;
    case 'read':
      return copy(d.get(step.key));
    case 'peek':
      return copy(d.peek(step.key)) ?? null;
    case 'has':
      return d.has(step.key);
    case 'size':
      return d.size;
    case 'delete':
      return d.delete(step.key);
  }
}

const label = (s: LabeledStep) => `${s.where}: defaultdict(${s.factory}) holding ${show(s.before)}, ${s.op} ${show(s.key)}${s.value !== undefined ? ` ${s.value}` : ''}`;
function checkStep(s: LabeledStep): void {
  const d = new DefaultMap<string, Value>(factories[s.factory], s.before.map(([k, v]) => [k, copy(v) as Value] as const));
  const result = apply(d, s.factory, s);
  if ('result' in s) same(result, s.result, `${s.op} result`);
  same(snapshot(d), s.state, `entries after ${s.op}`);
}
const stepsOf = (...ops: Step['op'][]) => steps.filter((s) => ops.includes(s.op));

describe('DefaultMap', () => {
  it('groups words by first letter like defaultdict(list)', () => {
    const groups = new DefaultMap<string, string[]>(() => []);
    for (const w of golden.grouping.words) groups.get(w[0]!).push(w);
    expect([...groups]).toEqual(golden.grouping.groups);
  });

  it('calls the factory once per missing key, so keys never share a default object', () => {
    const factory = vi.fn((): string[] => []);
    const d = new DefaultMap<string, string[]>(factory);
    const a = d.get('a');
    expect(d.get('a')).toBe(a);
    const b = d.get('b');
    expect(b).not.toBe(a);
    expect(factory).toHaveBeenCalledTimes(2);
  });

  it('d[k] on a missing key inserts the default (mutations stick, size grows)', () => {
    everyCase(stepsOf('mutate', 'read'), label, checkStep);
  });

  it('peek is dict.get: it returns undefined for a missing key and never inserts', () => {
    everyCase(stepsOf('peek'), label, checkStep);
    const d = new DefaultMap<string, number>(() => 0);
    expect(d.peek('x')).toBeUndefined();
    expect(d.size).toBe(0);
  });

  it('has, size and delete never call the factory', () => {
    everyCase(stepsOf('has', 'size', 'delete'), label, checkStep);
  });

  it('replays whole Python scripts on one map', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: defaultdict(${s.factory}) then ${s.steps.map((x) => `${x.op} ${x.key}`).join(', ')}`,
      (s) => {
        const d = new DefaultMap<string, Value>(factories[s.factory]);
        for (const step of s.steps) {
          const result = apply(d, s.factory, step);
          if ('result' in step) same(result, step.result, `${step.op} ${step.key} result`);
          same(snapshot(d), step.state, `entries after ${step.op} ${step.key}`);
        }
      },
    );
  });

  it('builds an autovivifying tree: tree = lambda: defaultdict(tree)', () => {
    type Node = DefaultMap<string, Node | string>;
    const tree = (): Node => new DefaultMap<string, Node | string>(() => tree());
    const root = tree();
    for (const p of golden.tree.paths) {
      let node = root;
      for (const part of p.slice(0, -1)) node = node.get(part) as Node;
      node.set(p[p.length - 1]!, p.join('/'));
    }
    let node = root;
    for (const part of golden.tree.read) node = node.get(part) as Node;
    const plain = (x: Node | string): Tree | string => (typeof x === 'string' ? x : Object.fromEntries([...x].map(([k, v]) => [k, plain(v)])));
    expect(plain(root)).toEqual(golden.tree.result);
    expect(Object.keys(plain(root) as Tree)).toEqual(Object.keys(golden.tree.result));
  });

  it('is a real Map that starts from the given entries and passes the key to the factory', () => {
    const d = new DefaultMap<string, number>((k) => k.length, [['x', 10]]);
    expect(d).toBeInstanceOf(Map);
    expect(d.get('x')).toBe(10);
    expect(d.get('hello')).toBe(5);
    expect([...d.keys()]).toEqual(['x', 'hello']);
  });
});
