// Mistake: reads `retries` as the total number of attempts, so it makes one call too few.
export interface RetryInfo {
  /** The attempt that just failed, from 1. */
  attempt: number;
  /** How long retryAsync waits before the next attempt. */
  delayMs: number;
  error: unknown;
}

export interface RetryOptions {
  /** Attempts after the first one: `retries: 3` means at most 4 calls. Integer >= 0. */
  retries: number;
  /** Delay before the first retry, in ms (>= 0). */
  baseMs: number;
  /** Growth of the delay per retry. @default 2 */
  factor?: number;
  /** Upper bound of every delay. @default Infinity */
  maxMs?: number;
  /** "Full jitter": wait a random whole number of ms in [0, delay) instead. Needs `rng`. @default false */
  jitter?: boolean;
  /** Random numbers in [0, 1), one draw per delay when `jitter` is on. */
  rng?: () => number;
  /** Retry only errors for which this returns true. @default () => true */
  retryIf?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait. */
  onRetry?: (info: RetryInfo) => void;
  /** Aborting stops at once: rejects with `signal.reason`, no further attempts, no timer left. */
  signal?: AbortSignal;
}

/**
 * Python (tenacity):
 * ```python
 * @retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=0.1, exp_base=2))
 * async def fetch(): ...
 * ```
 * TypeScript:
 * ```ts
 * const page = await retryAsync((attempt) => fetchPage(url), { retries: 3, baseMs: 100 });
 * ```
 * Calls `fn(attempt)` (attempt 1, 2, ...). When it throws or rejects, and `retryIf` agrees and
 * retries are left, waits and tries again; otherwise rejects with that very error.
 * The wait before retry k (k = 1, 2, ...) is `cap = min(maxMs, baseMs * factor ** (k - 1))`,
 * or with `jitter`, `Math.floor(rng() * cap)` (exactly one `rng()` call per wait, in order).
 * Nothing is waited after the last attempt. `retries` must be an integer >= 0 and `baseMs` >= 0
 * (`RangeError`); `jitter` without `rng` is a `TypeError`. Both are thrown synchronously.
 */
export function retryAsync<T>(fn: (attempt: number) => T | PromiseLike<T>, options: RetryOptions): Promise<T> {
  const { retries, baseMs, factor = 2, maxMs = Infinity, jitter = false, rng, retryIf = () => true, onRetry, signal } = options;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`retryAsync: retries must be an integer >= 0, got ${retries}`);
  if (!(baseMs >= 0)) throw new RangeError(`retryAsync: baseMs must be >= 0, got ${baseMs}`);
  if (jitter && typeof rng !== 'function') throw new TypeError('retryAsync: jitter needs an rng');

  const run = async (): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason;
      try {
        // `await` inside try: a rejection lands in the catch just like a synchronous throw.
        return await fn(attempt);
      } catch (error) {
        if (attempt >= retries || !retryIf(error, attempt)) throw error;
        const cap = Math.min(maxMs, baseMs * factor ** (attempt - 1));
        const delayMs = jitter ? Math.floor(rng!() * cap) : cap;
        onRetry?.({ attempt, delayMs, error });
        await sleep(delayMs, signal);
      }
    }
  };
  return run();
}

/** setTimeout as a promise that an AbortSignal can cut short (clearing the timer). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
