import { todo } from '@roadmap/todo';

/** What the averager returns when it is told to stop. `average` is null when nothing was sent. */
export interface AverageResult {
  count: number;
  average: number | null;
}

/** A generator you send numbers into: yields the average so far, returns the summary. */
export type Averager = Generator<number | null, AverageResult, number | null | undefined>;

/**
 * Python (a coroutine, PEP 342):
 * ```python
 * def averager():
 *     total, count, average = 0.0, 0, None
 *     while True:
 *         term = yield average
 *         if term is None:
 *             break
 *         total += term; count += 1; average = total / count
 *     return Result(count, average)
 *
 * g = averager(); next(g)      # prime it: runs to the first yield, which gives None
 * g.send(10)                   # 10.0
 * g.send(30)                   # 20.0
 * g.send(None)                 # StopIteration, whose .value is Result(count=2, average=20.0)
 * ```
 * TypeScript: `g.next()` primes (yields null), `g.next(10)` sends, and `g.next()` (undefined)
 * or `g.next(null)` ends it: the result is `{ done: true, value: { count, average } }`.
 * Only `null` and `undefined` end it; 0 is a number like any other.
 */
export function runningAverage(): Averager {
  // TODO: a generator function: `const term = yield average;` receives what next(term) sends.
  return todo('runningAverage');
}

/**
 * Python's `@coroutine` decorator (Fluent Python): wraps a generator function so the
 * generators it makes come already primed, advanced to their first `yield`.
 * `primed(runningAverage)().next(10).value === 10`.
 */
export function primed<Args extends unknown[], Y, R, N>(factory: (...args: Args) => Generator<Y, R, N>): (...args: Args) => Generator<Y, R, N> {
  // TODO: return a function that creates the generator, calls next() once and returns it.
  return todo('primed');
}
