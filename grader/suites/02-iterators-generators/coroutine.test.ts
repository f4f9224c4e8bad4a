import { describe, expect, it } from 'vitest';
import { primed, runningAverage } from '@impl/02-iterators-generators/coroutine';
import goldens from './goldens/coroutine.json';

// Oracle: Python's averager coroutine driven by send() (goldens): the first yielded value, the
// value after each send, and the StopIteration value after send(None).

describe('runningAverage', () => {
  it.each(goldens.map((g, i) => ({ ...g, label: `script ${i}: send ${JSON.stringify(g.sends).slice(0, 60)}` })))('answers every send like Python: $label', (g) => {
    const avg = runningAverage();
    const first = avg.next();
    const outputs = g.sends.map((v) => {
      const r = avg.next(v);
      expect(r.done).toBe(false);
      return r.value;
    });
    const end = avg.next();
    expect({ first: first.value, outputs, end }).toEqual({ first: g.first, outputs: g.outputs, end: { done: true, value: g.result } });
  });

  it('keeps going after a 0 is sent: only null or undefined end it', () => {
    const avg = runningAverage();
    avg.next();
    expect(avg.next(0)).toEqual({ done: false, value: 0 });
    expect(avg.next(4)).toEqual({ done: false, value: 2 });
    expect(avg.next(null)).toEqual({ done: true, value: { count: 2, average: 2 } });
  });

  it('stays finished after it has returned', () => {
    const avg = runningAverage();
    avg.next();
    avg.next(1);
    avg.next();
    expect(avg.next(5)).toEqual({ done: true, value: undefined });
  });

  it('keeps the state of each averager apart', () => {
    const a = runningAverage();
    const b = runningAverage();
    a.next();
    b.next();
    a.next(10);
    b.next(100);
    expect(a.next(20).value).toBe(15);
    expect(b.next(200).value).toBe(150);
  });

  it('ignores a value passed to the very first next(), as every JavaScript generator does', () => {
    const avg = runningAverage();
    expect(avg.next(99).value).toBeNull();
    expect(avg.next(1).value).toBe(1);
  });
});

describe('primed', () => {
  it('returns generators already advanced to their first yield', () => {
    const avg = primed(runningAverage)();
    expect(avg.next(10)).toEqual({ done: false, value: 10 });
    expect(avg.next(30)).toEqual({ done: false, value: 20 });
  });

  it('passes the arguments through and works for any generator function', () => {
    const log: string[] = [];
    function* tagger(tag: string): Generator<string, void, string> {
      log.push('started');
      let reply = yield `${tag}:ready`;
      for (;;) reply = yield `${tag}:${reply}`;
    }
    const t = primed(tagger)('x');
    expect(log).toEqual(['started']);
    expect(t.next('a').value).toBe('x:a');
    expect(t.next('b').value).toBe('x:b');
  });

  it('primes each new generator once', () => {
    let starts = 0;
    function* counter(): Generator<number, void, number> {
      starts++;
      let n = 0;
      for (;;) n += yield n;
    }
    const make = primed(counter);
    const c1 = make();
    const c2 = make();
    expect(starts).toBe(2);
    expect(c1.next(5).value).toBe(5);
    expect(c2.next(7).value).toBe(7);
  });
});
