// Mistake: throttle ignores calls made during the window, so the latest call is lost.
/** A rate-limited wrapper: call it like the original; `cancel()` drops a pending call. */
export type Limited<Args extends unknown[]> = ((...args: Args) => void) & { cancel(): void };

export interface DebounceOptions {
  /** Call at the start of a burst. Default false. */
  leading?: boolean;
  /** Call `ms` after the last call of a burst, with its arguments. Default true. */
  trailing?: boolean;
}

/**
 * Calls `fn` the first time only; every later call returns the first call's result without
 * calling `fn` again. Python: `functools.cache` on a function of no arguments.
 */
export function once<Args extends unknown[], R>(fn: (...args: Args) => R): (...args: Args) => R {
  let done = false;
  let result: R;
  return function (this: unknown, ...args: Args): R {
    if (!done) {
      done = true; // set first: a re-entrant call from inside fn does not run fn twice
      result = fn.apply(this, args);
    }
    return result;
  };
}

/**
 * Debounce: a burst is a run of calls each less than `ms` after the previous one.
 * - `trailing` (default): `fn` runs once, `ms` after the last call of the burst, with that
 *   call's arguments (every call restarts the countdown).
 * - `leading`: `fn` runs at the first call of the burst, with its arguments.
 * - both: leading call at the start and a trailing one at the end, the trailing one only
 *   when the burst had more than one call.
 *
 * Python has none built in; with asyncio you would cancel and re-arm `loop.call_later(ms / 1000, fn)`.
 * Uses `setTimeout`/`clearTimeout`, so tests drive it with fake timers.
 */
export function debounce<Args extends unknown[]>(fn: (...args: Args) => void, ms: number, options: DebounceOptions = {}): Limited<Args> {
  const { leading = false, trailing = true } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The latest call not yet delivered to fn; undefined when there is none.
  let pending: Args | undefined;

  const debounced = (...args: Args): void => {
    const burstStart = timer === undefined;
    if (burstStart && leading) {
      pending = undefined;
      fn(...args);
    } else {
      pending = args;
    }
    // Every call restarts the countdown: the burst ends ms after its last call.
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const toDeliver = pending;
      pending = undefined;
      if (trailing && toDeliver) fn(...toDeliver);
    }, ms);
  };
  return Object.assign(debounced, {
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  });
}

/**
 * Throttle: at most one call of `fn` per `ms` window, first and latest calls kept.
 * A call when no window is open runs `fn` at once and opens a window of `ms`. Calls inside the
 * window are remembered (only the latest arguments). When the window ends and a call was
 * remembered, `fn` runs with it and a new window opens; otherwise the throttle goes idle.
 */
export function throttle<Args extends unknown[]>(fn: (...args: Args) => void, ms: number): Limited<Args> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Args | undefined;

  const run = (args: Args) => {
    fn(...args);
    timer = setTimeout(windowEnds, ms);
  };
  function windowEnds() {
    timer = undefined;
    if (pending) {
      const args = pending;
      pending = undefined;
      run(args); // opens the next window, so calls stay at least ms apart
    }
  }

  const throttled = (...args: Args): void => {
    if (timer === undefined) run(args);
  };
  return Object.assign(throttled, {
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  });
}
