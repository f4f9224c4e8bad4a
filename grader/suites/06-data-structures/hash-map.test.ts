import { mulberry32, randInt } from '@roadmap/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashMap } from '@impl/06-data-structures/hash-map';
import { same } from './_kit.ts';

// Oracle: a model-based run against the built-in Map, over 1000-step command sequences, with hash
// functions chosen to force collisions, long probe chains and awkward (negative, huge) values.
const hashes: Record<string, ((k: number) => number) | undefined> = {
  default: undefined,
  constant: () => 42, // every key collides: one long probe chain
  mod7: (k) => k % 7,
  negative: (k) => -k - 1,
  huge: (k) => k * 2654435761,
  identity: (k) => k,
};

const sorted = <T>(xs: Iterable<T>) => [...xs].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));

/** The entries equal the model's, in any order (checked cheaply; sorted lists only on a mismatch). */
function sameEntries(real: HashMap<number, number>, model: Map<number, number>, what: string): void {
  const got = [...real.entries()];
  if (got.length === model.size && new Set(got.map(([k]) => k)).size === got.length && got.every(([k, v]) => model.has(k) && model.get(k) === v)) return;
  same(sorted(got.map(String)), sorted([...model].map(String)), what);
}

/** Compares every observable of the table with the model. */
function agree(model: Map<number, number>, real: HashMap<number, number>, what: string): void {
  same(real.size, model.size, `size after ${what}`);
  sameEntries(real, model, `entries after ${what}`);
  const cap = real.capacity;
  if (!(Number.isInteger(Math.log2(cap)) && cap >= 8 && real.size <= 0.75 * cap)) {
    expect({ after: what, capacity: cap, size: real.size }).toEqual({ after: what, capacity: 'a power of two >= 8 with size <= 0.75 * capacity', size: real.size });
  }
}

/** One random step; returns a label. Keys come from a small pool so that overwrites and deletes hit. */
function step(rng: () => number, model: Map<number, number>, real: HashMap<number, number>, pool: number): string {
  const k = randInt(rng, 0, pool);
  const r = rng();
  if (r < 0.45) {
    const v = randInt(rng, 0, 1e6);
    model.set(k, v);
    const ret = real.set(k, v);
    if (ret !== real) expect(ret).toBe(real);
    return `set(${k}, ${v})`;
  }
  if (r < 0.75) {
    same(real.delete(k), model.delete(k), `delete(${k})`);
    return `delete(${k})`;
  }
  same(real.get(k), model.get(k), `get(${k})`);
  same(real.has(k), model.has(k), `has(${k})`);
  return `get(${k})`;
}

function run1000(hashName: string, seed: number, pool: number): void {
  const rng = mulberry32(seed);
  const model = new Map<number, number>();
  const real = new HashMap<number, number>({ hash: hashes[hashName] });
  const history: string[] = [];
  for (let i = 0; i < 1000; i++) {
    history.push(step(rng, model, real, pool));
    try {
      if (i % 10 === 9 || i === 999) agree(model, real, history[history.length - 1]!);
    } catch (e) {
      throw new Error(`hash ${hashName}, seed ${seed}, step ${i}; last steps: ${history.slice(-8).join(', ')}\n${(e as Error).message}`);
    }
  }
}

describe('HashMap', () => {
  for (const name of Object.keys(hashes)) {
    it(`matches Map over 1000-step command sequences with the ${name} hash`, () => {
      for (const [seed, pool] of [
        [1, 30],
        [2, 200],
        [3, 8],
      ] as const) {
        run1000(name, seed * 7919 + name.length, pool);
      }
    });
  }

  it('matches Map over random command sequences (fast-check, up to 1000 commands)', () => {
    type Real = HashMap<number, number>;
    type Model = Map<number, number>;
    const key = fc.integer({ min: 0, max: 40 });
    const cmd = (name: string, run: (m: Model, r: Real) => void): fc.Command<Model, Real> => ({
      check: () => true,
      run: (m, r) => {
        run(m, r);
        same(r.size, m.size, `size after ${name}`);
      },
      toString: () => name,
    });
    const commands = [
      fc.tuple(key, fc.integer()).map(([k, v]) => cmd(`set(${k}, ${v})`, (m, r) => (m.set(k, v), r.set(k, v)))),
      key.map((k) => cmd(`delete(${k})`, (m, r) => same(r.delete(k), m.delete(k), `delete(${k})`))),
      key.map((k) => cmd(`get(${k})`, (m, r) => same(r.get(k), m.get(k), `get(${k})`))),
      fc.constant(cmd('entries()', (m, r) => sameEntries(r, m, 'entries()'))),
    ];
    fc.assert(
      fc.property(fc.constantFrom('mod7', 'constant', 'default'), fc.commands(commands, { maxCommands: 1000 }), (h, cmds) =>
        fc.modelRun(() => ({ model: new Map(), real: new HashMap<number, number>({ hash: hashes[h] }) }), cmds),
      ),
      { numRuns: 25 },
    );
  });

  it('finds a key inserted after a deleted one in the same probe chain (tombstones)', () => {
    const m = new HashMap<number, string>({ hash: () => 0 });
    m.set(1, 'a').set(2, 'b').set(3, 'c');
    expect(m.delete(2)).toBe(true);
    expect(m.get(3)).toBe('c');
    expect(m.has(2)).toBe(false);
    m.set(4, 'd');
    expect([m.get(1), m.get(3), m.get(4), m.size]).toEqual(['a', 'c', 'd', 3]);
  });

  it('doubles from 8 so that size stays at most 0.75 * capacity, and never shrinks', () => {
    const m = new HashMap<number, number>();
    const caps: number[] = [];
    for (let i = 1; i <= 25; i++) {
      m.set(i, i);
      caps.push(m.capacity);
    }
    // smallest power of two >= 8 holding i keys at load <= 0.75
    const want = caps.map((_, i) => {
      let c = 8;
      while (i + 1 > 0.75 * c) c *= 2;
      return c;
    });
    expect(caps).toEqual(want);
    for (let i = 1; i <= 25; i++) m.delete(i);
    expect(m.capacity).toBe(want[want.length - 1]);
    expect(m.size).toBe(0);
  });

  it('survives insert/delete churn that fills the table with tombstones', () => {
    const m = new HashMap<number, number>();
    for (let i = 0; i < 5000; i++) {
      m.set(i, i);
      m.delete(i);
    }
    expect(m.size).toBe(0);
    expect(m.capacity).toBe(8);
    expect(m.get(4999)).toBeUndefined();
    m.set(-1, 1);
    expect(m.get(-1)).toBe(1);
  });

  it('uses the given equals, and SameValueZero by default (NaN finds NaN, 0 finds -0)', () => {
    const byLower = new HashMap<string, number>({ hash: (s) => s.toLowerCase().length, equals: (a, b) => a.toLowerCase() === b.toLowerCase() });
    byLower.set('Key', 1);
    expect(byLower.get('KEY')).toBe(1);
    const d = new HashMap<number, string>();
    d.set(NaN, 'nan').set(0, 'zero');
    expect([d.get(NaN), d.get(-0)]).toEqual(['nan', 'zero']);
  });

  it('clear empties the table; keys, values and entries agree', () => {
    const m = new HashMap<string, number>();
    for (const [i, k] of ['a', 'b', 'c'].entries()) m.set(k, i);
    expect(sorted(m.keys())).toEqual(['a', 'b', 'c']);
    expect([...m.values()].sort()).toEqual([0, 1, 2]);
    expect(sorted([...m].map(([k, v]) => `${k}${v}`))).toEqual(['a0', 'b1', 'c2']);
    m.clear();
    expect([m.size, [...m]]).toEqual([0, []]);
    expect(m.get('a')).toBeUndefined();
  });
});
