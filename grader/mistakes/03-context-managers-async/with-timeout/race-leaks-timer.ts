// Mistake: Promise.race against a sleep that is never cleared, so a timer (and the abort listener) outlive the call.
export function withTimeout<T>(promise: PromiseLike<T>, ms: number, signal?: AbortSignal): Promise<T> {
  if (Number.isNaN(ms) || ms < 0) throw new RangeError(`withTimeout: ms must be >= 0, got ${ms}`);
  if (signal?.aborted) return Promise.reject(signal.reason);
  const racers: Promise<T>[] = [Promise.resolve(promise)];
  if (ms !== Infinity) {
    racers.push(
      new Promise<T>((_, reject) =>
        setTimeout(() => {
          const e = new Error(`Timed out after ${ms} ms`);
          e.name = 'TimeoutError';
          reject(e);
        }, ms),
      ),
    );
  }
  if (signal) racers.push(new Promise<T>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })));
  return Promise.race(racers);
}
