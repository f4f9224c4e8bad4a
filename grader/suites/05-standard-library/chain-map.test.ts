import { describe, expect, it } from 'vitest';
import { KeyError } from '@impl/05-standard-library/_errors';
import { ChainMap } from '@impl/05-standard-library/chain-map';
import { everyCase, loadGolden, same, show } from './_kit.ts';

// Oracle: Python's collections.ChainMap (grader/goldens/05-standard-library.py).
type Pairs = [string, number][];
interface Step {
  op: string;
  before: Pairs[];
  arg?: unknown;
  result?: unknown;
  error?: 'KeyError';
  skipped?: boolean;
  state: Pairs;
  maps: Pairs[];
}
interface Golden {
  scripts: { maps: Pairs[]; steps: Step[] }[];
  example: { maps: [string, string][][]; items: [string, string][] };
}
const golden = loadGolden<Golden>('chain-map');
const steps = golden.scripts.flatMap((s, si) => s.steps.map((step, i) => ({ ...step, where: `script ${si} step ${i}` })));
type LabeledStep = (typeof steps)[number];

/** Applies a step; returns the (possibly new) chain and the outcome. */
function apply(cm: ChainMap<string, number>, step: Step): { cm: ChainMap<string, number>; out: { result?: unknown; error?: string } } {
  try {
    switch (step.op) {
      case 'set': {
        const [k, v] = step.arg as [string, number];
        cm.set(k, v);
        return { cm, out: {} };
      }
      case 'delete':
        cm.delete(step.arg as string);
        return { cm, out: {} };
      case 'get':
        return { cm, out: { result: cm.get(step.arg as string) ?? null } };
      case 'has':
        return { cm, out: { result: cm.has(step.arg as string) } };
      case 'size':
        return { cm, out: { result: cm.size } };
      case 'setIn': {
        const [i, k, v] = step.arg as [number, string, number];
        cm.maps[i]!.set(k, v);
        return { cm, out: {} };
      }
      case 'newChild':
        return { cm: cm.newChild(new Map(step.arg as Pairs)), out: {} };
      case 'parents':
        return { cm: step.skipped ? cm : cm.parents, out: {} };
      case 'keys':
        return { cm, out: { result: [...cm.keys()] } };
      default:
        throw new Error(`unknown op ${step.op}`);
    }
  } catch (e) {
    if (e instanceof KeyError) return { cm, out: { error: 'KeyError' } };
    throw e;
  }
}
const expectedOf = (s: Step) => ({ ...('result' in s ? { result: s.result } : {}), ...(s.error ? { error: s.error } : {}) });
const label = (s: LabeledStep) => `${s.where}: ChainMap(${s.before.map((m) => show(Object.fromEntries(m))).join(', ')}).${s.op}(${s.arg === undefined ? '' : show(s.arg)})`;
function check(cm: ChainMap<string, number>, s: Step): ChainMap<string, number> {
  const { cm: next, out } = apply(cm, s);
  same(out, expectedOf(s), `${s.op} outcome`);
  same([...next], s.state, `items after ${s.op}`);
  same(
    next.maps.map((m) => [...m]),
    s.maps,
    `maps after ${s.op}`,
  );
  return next;
}
const checkStep = (s: LabeledStep) => check(new ChainMap(...s.before.map((m) => new Map(m))), s);
const stepsOf = (...ops: string[]) => steps.filter((s) => ops.includes(s.op));

describe('ChainMap', () => {
  it('looks keys up front to back: command line, then environment, then defaults', () => {
    const [cli, env, defaults] = golden.example.maps.map((m) => new Map(m));
    const cm = new ChainMap(cli!, env!, defaults!);
    expect([...cm]).toEqual(golden.example.items);
  });

  it('get, has and size see every map, the first map that has a key wins', () => {
    everyCase(stepsOf('get', 'has', 'size'), label, checkStep);
  });

  it('iterates keys the way Python merges the maps: last map first', () => {
    everyCase(stepsOf('keys'), label, checkStep);
  });

  it('set writes only to the first map', () => {
    everyCase(stepsOf('set'), label, checkStep);
  });

  it('delete removes from the first map only and throws KeyError when the first map lacks the key', () => {
    everyCase(stepsOf('delete'), label, checkStep);
  });

  it('is a live view: changes to an underlying map show through', () => {
    everyCase(stepsOf('setIn'), label, checkStep);
  });

  it('newChild puts a new map in front; parents drops the first map; both share the maps', () => {
    everyCase(stepsOf('newChild', 'parents'), label, checkStep);
  });

  it('replays whole Python scripts', () => {
    everyCase(
      golden.scripts,
      (s, i) => `script ${i}: ChainMap(${s.maps.map((m) => show(Object.fromEntries(m))).join(', ')}) then ${s.steps.map((x) => `${x.op}(${show(x.arg)})`).join(', ')}`,
      (s) => {
        let cm = new ChainMap(...s.maps.map((m) => new Map(m)));
        for (const step of s.steps) cm = check(cm, step);
      },
    );
  });

  it('starts with one empty map, and toMap flattens a copy', () => {
    const empty = new ChainMap<string, number>();
    expect(empty.maps.length).toBe(1);
    expect(empty.size).toBe(0);
    const a = new Map([['x', 1]]);
    const b = new Map([
      ['x', 2],
      ['y', 3],
    ]);
    const cm = new ChainMap(a, b);
    const flat = cm.toMap();
    expect([...flat]).toEqual([...cm]);
    flat.set('z', 9);
    expect(cm.has('z')).toBe(false);
    expect(cm.maps[0]).toBe(a);
  });
});
