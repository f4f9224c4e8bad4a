import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, once, throttle, type Limited } from '@impl/01-functions-decorators/debounce-throttle';
import { assertMatchesModel, useFakeTimers } from './_kit.ts';

interface Call {
  t: number;
  arg: string;
}

beforeEach(() => {
  useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function resetClock() {
  vi.clearAllTimers(); // this also resets the fake clock, so set the time afterwards
  vi.setSystemTime(0);
}

/** Plays the calls at their times on the fake clock and logs when fn ran, with what. */
function play(calls: Call[], make: (fn: (arg: string) => void) => Limited<[string]>, tail = 10_000): Call[] {
  const log: Call[] = [];
  const limited = make((arg) => log.push({ t: Date.now(), arg }));
  let now = 0;
  for (const c of calls) {
    vi.advanceTimersByTime(c.t - now); // timers due by c.t fire before the call at c.t
    now = c.t;
    limited(c.arg);
  }
  vi.advanceTimersByTime(tail);
  return log;
}

/** Debounce from its definition: split the calls into bursts (gaps < ms), then place the calls. */
function debounceModel(calls: Call[], ms: number, leading: boolean, trailing: boolean): Call[] {
  const out: Call[] = [];
  for (let i = 0; i < calls.length; ) {
    let j = i;
    while (j + 1 < calls.length && calls[j + 1]!.t - calls[j]!.t < ms) j++;
    if (leading) out.push({ t: calls[i]!.t, arg: calls[i]!.arg });
    if (trailing && (!leading || j > i)) out.push({ t: calls[j]!.t + ms, arg: calls[j]!.arg });
    i = j + 1;
  }
  return out;
}

/** Throttle from its definition, one millisecond at a time. */
function throttleModel(calls: Call[], ms: number): Call[] {
  const out: Call[] = [];
  let windowEnd = -1;
  let pending: string | undefined;
  let next = 0;
  const end = (calls.at(-1)?.t ?? 0) + 3 * ms;
  for (let t = 0; t <= end; t++) {
    if (t === windowEnd) {
      windowEnd = -1;
      if (pending !== undefined) {
        out.push({ t, arg: pending });
        pending = undefined;
        windowEnd = t + ms;
      }
    }
    while (next < calls.length && calls[next]!.t === t) {
      const arg = calls[next++]!.arg;
      if (windowEnd === -1) {
        out.push({ t, arg });
        windowEnd = t + ms;
      } else pending = arg;
    }
  }
  return out;
}

const schedule = fc
  .array(fc.integer({ min: 0, max: 400 }), { maxLength: 25 })
  .map((ts) => [...ts].sort((a, b) => a - b).map((t, i) => ({ t, arg: `c${i}` })));
const ms = fc.integer({ min: 1, max: 80 });

const timeline: Call[] = [
  { t: 0, arg: 'a' },
  { t: 50, arg: 'b' },
  { t: 120, arg: 'c' },
  { t: 300, arg: 'd' },
];

describe('once', () => {
  it('calls the function the first time only and returns the first result every time', () => {
    const init = vi.fn((n: number) => ({ n }));
    const f = once(init);
    const first = f(1);
    expect(first).toEqual({ n: 1 });
    expect(f(2)).toBe(first);
    expect(f(3)).toBe(first);
    expect(init).toHaveBeenCalledTimes(1);
    expect(init).toHaveBeenCalledWith(1);
  });

  it('remembers an undefined result without calling again', () => {
    const init = vi.fn((): undefined => undefined);
    const f = once(init);
    f();
    f();
    expect(init).toHaveBeenCalledTimes(1);
  });

  it('passes this to the function', () => {
    const obj = {
      base: 10,
      get: once(function (this: { base: number }, n: number) {
        return this.base + n;
      }),
    };
    expect(obj.get(5)).toBe(15);
  });
});

describe('debounce', () => {
  it('trailing (default): runs once per burst, ms after its last call, with the last arguments', () => {
    expect(play(timeline, (fn) => debounce(fn, 100))).toEqual([
      { t: 220, arg: 'c' },
      { t: 400, arg: 'd' },
    ]);
  });

  it('leading: runs at the first call of each burst', () => {
    expect(play(timeline, (fn) => debounce(fn, 100, { leading: true, trailing: false }))).toEqual([
      { t: 0, arg: 'a' },
      { t: 300, arg: 'd' },
    ]);
  });

  it('leading and trailing: a trailing call only for bursts of more than one call', () => {
    expect(play(timeline, (fn) => debounce(fn, 100, { leading: true, trailing: true }))).toEqual([
      { t: 0, arg: 'a' },
      { t: 220, arg: 'c' },
      { t: 300, arg: 'd' },
    ]);
  });

  it('does not run before the quiet period is over', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d('x');
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    d('y'); // restarts the countdown
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([['y']]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a gap of exactly ms as the start of a new burst', () => {
    const calls = [
      { t: 0, arg: 'a' },
      { t: 100, arg: 'b' },
    ];
    expect(play(calls, (fn) => debounce(fn, 100))).toEqual([
      { t: 100, arg: 'a' },
      { t: 200, arg: 'b' },
    ]);
  });

  it('cancel() drops the pending call', () => {
    const fn = vi.fn();
    const d = debounce(fn, 50);
    d('x');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    d('y');
    vi.advanceTimersByTime(50);
    expect(fn.mock.calls).toEqual([['y']]);
  });

  it.each([
    { leading: false, trailing: true },
    { leading: true, trailing: false },
    { leading: true, trailing: true },
  ])('matches the burst model on random schedules (leading $leading, trailing $trailing)', ({ leading, trailing }) => {
    assertMatchesModel(
      [schedule, ms],
      (calls, wait) => {
        resetClock();
        return play(calls, (fn) => debounce(fn, wait, { leading, trailing }));
      },
      (calls, wait) => debounceModel(calls, wait, leading, trailing),
    );
  });
});

describe('throttle', () => {
  it('runs the first call at once and the latest call of each window at the window end', () => {
    const calls = [
      { t: 0, arg: 'a' },
      { t: 10, arg: 'b' },
      { t: 20, arg: 'c' },
      { t: 150, arg: 'd' },
      { t: 160, arg: 'e' },
      { t: 400, arg: 'f' },
    ];
    expect(play(calls, (fn) => throttle(fn, 100))).toEqual([
      { t: 0, arg: 'a' },
      { t: 100, arg: 'c' },
      { t: 200, arg: 'e' },
      { t: 400, arg: 'f' },
    ]);
  });

  it('never runs twice within ms, even right after a trailing call', () => {
    const calls = [
      { t: 0, arg: 'a' },
      { t: 50, arg: 'b' },
      { t: 150, arg: 'c' },
    ];
    // b runs at 100 and opens a new window, so c waits until 200.
    expect(play(calls, (fn) => throttle(fn, 100))).toEqual([
      { t: 0, arg: 'a' },
      { t: 100, arg: 'b' },
      { t: 200, arg: 'c' },
    ]);
  });

  it('goes idle after a window without calls, then runs the next call at once', () => {
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t('a');
    vi.advanceTimersByTime(500);
    expect(vi.getTimerCount()).toBe(0);
    t('b');
    expect(fn.mock.calls).toEqual([['a'], ['b']]);
  });

  it('cancel() drops the remembered call and closes the window', () => {
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t('a');
    t('b');
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn.mock.calls).toEqual([['a']]);
    t('c');
    expect(fn.mock.calls).toEqual([['a'], ['c']]);
  });

  it('matches the millisecond-by-millisecond model on random schedules', () => {
    assertMatchesModel(
      [schedule, ms],
      (calls, wait) => {
        resetClock();
        return play(calls, (fn) => throttle(fn, wait));
      },
      throttleModel,
    );
  });

  it('always delivers the last call, and keeps runs at least ms apart', () => {
    // Compared as a summary: the last argument delivered, and any gap shorter than ms.
    const summary = (log: Call[], wait: number) => ({
      lastDelivered: log.at(-1)?.arg,
      gapsShorterThanMs: log.slice(1).filter((c, i) => c.t - log[i]!.t < wait).map((c) => c.t),
    });
    assertMatchesModel(
      [schedule.filter((c) => c.length > 0), ms],
      (calls, wait) => {
        resetClock();
        return summary(play(calls, (fn) => throttle(fn, wait)), wait);
      },
      (calls) => ({ lastDelivered: calls.at(-1)!.arg, gapsShorterThanMs: [] }),
    );
  });
});
