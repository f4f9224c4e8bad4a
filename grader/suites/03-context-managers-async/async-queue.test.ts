import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsyncQueue, QueueEmpty, QueueFull } from '@impl/03-context-managers-async/async-queue';
import { settles, type Tracked, track } from './_kit.ts';
import golden from './goldens/async-queue.json' with { type: 'json' };

const flush = () => new Promise((resolve) => setImmediate(resolve));

const outcome = (f: () => unknown): unknown => {
  try {
    const v = f();
    return v === undefined ? null : v;
  } catch (e) {
    if (e instanceof QueueFull) return 'QueueFull';
    if (e instanceof QueueEmpty) return 'QueueEmpty';
    if (e instanceof RangeError) return 'ValueError';
    return `threw ${String(e)}`;
  }
};

type Op = { op: string; arg?: number; out: unknown };

describe('AsyncQueue: the non-waiting operations agree with asyncio.Queue (Python goldens)', () => {
  it.each((golden as { maxsize: number; ops: Op[] }[]).map((c, i) => [i, c.maxsize, c.ops] as const))('script %i with maxsize %i', async (_i, maxsize, ops) => {
    const q = new AsyncQueue<number>({ maxSize: maxsize });
    const got: unknown[] = [];
    for (const o of ops) {
      if (o.op === 'joined') {
        const t = track(q.join());
        await flush();
        got.push(t.state === 'fulfilled');
      } else if (o.op === 'putNowait') got.push(outcome(() => q.putNowait(o.arg!)));
      else if (o.op === 'getNowait') got.push(outcome(() => q.getNowait()));
      else if (o.op === 'taskDone') got.push(outcome(() => q.taskDone()));
      else if (o.op === 'size') got.push(q.size);
      else if (o.op === 'full') got.push(q.full());
      else got.push(q.empty());
    }
    expect(ops.map((o, k) => `${k} ${o.op}(${o.arg ?? ''}) -> ${JSON.stringify(got[k])}`)).toEqual(
      ops.map((o, k) => `${k} ${o.op}(${o.arg ?? ''}) -> ${JSON.stringify(o.out)}`),
    );
  });
});

// ---- model-based: every operation, waiting ones included, against a plain-array model ----
type Model = {
  max: number;
  buffer: number[];
  putters: { id: number; item: number }[];
  getters: number[];
  unfinished: number;
  puts: Map<number, 'pending' | 'fulfilled'>;
  gets: Map<number, 'pending' | number>;
  joins: Map<number, boolean>;
};
type Real = { q: AsyncQueue<number>; puts: Map<number, Tracked<void>>; gets: Map<number, Tracked<number>>; joins: Map<number, Tracked<void>>; next: number };

/** The item enters the queue in the model: a waiting getter takes it, or it is buffered. */
const enter = (m: Model, item: number) => {
  m.unfinished++;
  const g = m.getters.shift();
  if (g !== undefined) m.gets.set(g, item);
  else m.buffer.push(item);
};
const take = (m: Model): number => {
  const item = m.buffer.shift()!;
  const p = m.putters.shift();
  if (p) {
    enter(m, p.item);
    m.puts.set(p.id, 'fulfilled');
  }
  return item;
};
const isFull = (m: Model) => m.buffer.length >= m.max;

async function compare(m: Model, r: Real) {
  await flush();
  const puts = [...r.puts].map(([id, t]) => [id, t.state]);
  const gets = [...r.gets].map(([id, t]) => [id, t.state === 'fulfilled' ? t.value : t.state]);
  const joins = [...r.joins].map(([id, t]) => [id, t.state === 'fulfilled']);
  expect({ size: r.q.size, full: r.q.full(), empty: r.q.empty(), puts, gets, joins }).toEqual({
    size: m.buffer.length,
    full: isFull(m),
    empty: m.buffer.length === 0,
    puts: [...m.puts],
    gets: [...m.gets],
    joins: [...m.joins],
  });
}

class Put implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const id = r.next++;
    r.puts.set(id, track(r.q.put(this.item)));
    if (!isFull(m)) {
      enter(m, this.item);
      m.puts.set(id, 'fulfilled');
    } else {
      m.puts.set(id, 'pending');
      m.putters.push({ id, item: this.item });
    }
    await compare(m, r);
  }
  toString = () => `put(${this.item})`;
}
class Get implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const id = r.next++;
    r.gets.set(id, track(r.q.get()));
    if (m.buffer.length > 0) m.gets.set(id, take(m));
    else {
      m.gets.set(id, 'pending');
      m.getters.push(id);
    }
    await compare(m, r);
  }
  toString = () => 'get()';
}
class PutNowait implements fc.AsyncCommand<Model, Real> {
  constructor(readonly item: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const got = outcome(() => r.q.putNowait(this.item));
    let want: unknown = null;
    if (isFull(m)) want = 'QueueFull';
    else enter(m, this.item);
    expect(got).toEqual(want);
    await compare(m, r);
  }
  toString = () => `putNowait(${this.item})`;
}
class GetNowait implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const got = outcome(() => r.q.getNowait());
    const want = m.buffer.length === 0 ? 'QueueEmpty' : take(m);
    expect(got).toEqual(want);
    await compare(m, r);
  }
  toString = () => 'getNowait()';
}
class TaskDone implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const got = outcome(() => r.q.taskDone());
    let want: unknown = null;
    if (m.unfinished === 0) want = 'ValueError';
    else if (--m.unfinished === 0) for (const k of m.joins.keys()) m.joins.set(k, true);
    expect(got).toEqual(want);
    await compare(m, r);
  }
  toString = () => 'taskDone()';
}
class Join implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    const id = r.next++;
    r.joins.set(id, track(r.q.join()));
    m.joins.set(id, m.unfinished === 0);
    await compare(m, r);
  }
  toString = () => 'join()';
}

describe('AsyncQueue: model-based (fast-check commands)', () => {
  it('matches a plain-array model of asyncio.Queue for random sequences of all operations', async () => {
    const item = fc.integer({ min: 0, max: 99 });
    const commands = fc.commands(
      [
        item.map((x) => new Put(x)),
        fc.constant(new Get()),
        item.map((x) => new PutNowait(x)),
        fc.constant(new GetNowait()),
        fc.constant(new TaskDone()),
        fc.constant(new Join()),
      ],
      { maxCommands: 30 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1, 2, 3), commands, async (maxSize, cmds) => {
        const setup = () => ({
          model: { max: maxSize === 0 ? Infinity : maxSize, buffer: [], putters: [], getters: [], unfinished: 0, puts: new Map(), gets: new Map(), joins: new Map() } as Model,
          real: { q: new AsyncQueue<number>({ maxSize }), puts: new Map(), gets: new Map(), joins: new Map(), next: 0 } as Real,
        });
        await fc.asyncModelRun(setup, cmds);
      }),
      { numRuns: 50 },
    );
  });
});

describe('AsyncQueue: producers and consumers under random interleavings (fast-check scheduler)', () => {
  it('delivers every item exactly once, in each producer\'s order, never holding more than maxSize', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        async (s, maxSize, producers, consumers, perProducer) => {
          const q = new AsyncQueue<string>({ maxSize });
          const total = producers * perProducer;
          let maxSeen = 0;
          const received: string[] = [];
          const produce = async (p: number) => {
            for (let k = 0; k < perProducer; k++) {
              await s.schedule(Promise.resolve(), `producer ${p} item ${k}`);
              await q.put(`${p}:${k}`);
              maxSeen = Math.max(maxSeen, q.size);
            }
          };
          let claimed = 0;
          const consume = async (c: number) => {
            while (claimed < total) {
              claimed++;
              const item = await q.get();
              received.push(item);
              await s.schedule(Promise.resolve(), `consumer ${c} works on ${item}`);
              q.taskDone();
            }
          };
          const everyone = Promise.all([...Array.from({ length: producers }, (_, p) => produce(p)), ...Array.from({ length: consumers }, (_, c) => consume(c))]);
          await s.waitFor(settles(everyone, 'Some producer or consumer', () => s.count() === 0));
          const expected = Array.from({ length: producers }, (_, p) => Array.from({ length: perProducer }, (_, k) => `${p}:${k}`));
          expect(received.slice().sort()).toEqual(expected.flat().sort());
          for (let p = 0; p < producers; p++) {
            expect(received.filter((x) => x.startsWith(`${p}:`)), `items of producer ${p} in the order they came out`).toEqual(expected[p]);
          }
          expect(maxSeen).toBeLessThanOrEqual(maxSize);
          expect(q.size).toBe(0);
          await expect(q.join()).resolves.toBeUndefined();
        },
      ),
      { numRuns: 50 },
    );
  });
  it('resolves join() exactly when the last of the queued items is marked done, whatever the order of work', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), async (s, n, workers) => {
        const q = new AsyncQueue<number>();
        for (let i = 0; i < n; i++) q.putNowait(i);
        let done = 0;
        let doneWhenJoined = -1;
        const joined = q.join().then(() => {
          doneWhenJoined = done;
        });
        const work = async () => {
          while (!q.empty()) {
            const item = q.getNowait();
            await s.schedule(Promise.resolve(), `work on ${item}`);
            done++;
            q.taskDone();
          }
        };
        await s.waitFor(Promise.all(Array.from({ length: workers }, work)));
        await joined;
        expect(doneWhenJoined, `join() resolved after ${doneWhenJoined} of ${n} taskDone calls`).toBe(n);
      }),
    );
  });
});

describe('AsyncQueue: scripted', () => {
  it('makes put() wait while full and lets it in when a get() frees a place', async () => {
    const q = new AsyncQueue<string>({ maxSize: 1 });
    await q.put('a');
    const p = track(q.put('b'));
    await flush();
    expect([p.state, q.size, q.full()]).toEqual(['pending', 1, true]);
    expect(await q.get()).toBe('a');
    await flush();
    expect([p.state, q.size]).toEqual(['fulfilled', 1]);
    expect(q.getNowait()).toBe('b');
  });
  it('serves waiting get() calls in arrival order', async () => {
    const q = new AsyncQueue<number>();
    const g1 = track(q.get());
    const g2 = track(q.get());
    const g3 = track(q.get());
    q.putNowait(1);
    await q.put(2);
    q.putNowait(3);
    await flush();
    expect([g1.value, g2.value, g3.value]).toEqual([1, 2, 3]);
    expect(q.size).toBe(0);
  });
  it('resolves join() at once with no unfinished tasks, and every waiting join() at the last taskDone', async () => {
    const q = new AsyncQueue<number>();
    await expect(q.join()).resolves.toBeUndefined();
    q.putNowait(1);
    q.putNowait(2);
    const j1 = track(q.join());
    const j2 = track(q.join());
    q.getNowait();
    q.getNowait();
    q.taskDone();
    await flush();
    expect([j1.state, j2.state]).toEqual(['pending', 'pending']);
    q.taskDone();
    await flush();
    expect([j1.state, j2.state]).toEqual(['fulfilled', 'fulfilled']);
  });
  it('counts an item handed straight to a waiting get() as an unfinished task', async () => {
    const q = new AsyncQueue<number>();
    const g = track(q.get());
    q.putNowait(7);
    await flush();
    expect(g.value).toBe(7);
    const j = track(q.join());
    await flush();
    expect(j.state).toBe('pending');
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });
  it('throws a RangeError from taskDone() when nothing is unfinished', () => {
    const q = new AsyncQueue<number>();
    expect(() => q.taskDone()).toThrow(RangeError);
    q.putNowait(1);
    q.taskDone();
    expect(() => q.taskDone()).toThrow(RangeError);
  });
  it('uses the given error classes, with their names', () => {
    const q = new AsyncQueue<number>({ maxSize: 1 });
    let empty: unknown;
    try {
      q.getNowait();
    } catch (e) {
      empty = e;
    }
    q.putNowait(1);
    let full: unknown;
    try {
      q.putNowait(2);
    } catch (e) {
      full = e;
    }
    expect(empty).toBeInstanceOf(QueueEmpty);
    expect(full).toBeInstanceOf(QueueFull);
    expect([(empty as Error).name, (full as Error).name]).toEqual(['QueueEmpty', 'QueueFull']);
  });
  it('treats maxSize 0 and the default as unbounded', () => {
    for (const q of [new AsyncQueue<number>(), new AsyncQueue<number>({ maxSize: 0 }), new AsyncQueue<number>({ maxSize: Infinity })]) {
      for (let i = 0; i < 1000; i++) q.putNowait(i);
      expect([q.size, q.full(), q.maxSize]).toEqual([1000, false, Infinity]);
    }
    expect(new AsyncQueue({ maxSize: 4 }).maxSize).toBe(4);
  });
  it('rejects a maxSize that is not an integer >= 0 or Infinity with a RangeError', () => {
    for (const bad of [-1, 2.5, Number.NaN]) expect(() => new AsyncQueue({ maxSize: bad }), `maxSize ${bad}`).toThrow(RangeError);
  });
});
