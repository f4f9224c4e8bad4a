import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect, vi } from 'vitest';

/**
 * `vi.useFakeTimers()` (with Date faked at time 0) that also works under the grader's frozen
 * intrinsics. Vitest's fake clock assigns `ClockDate.toString = ...` on a subclass of `Date`;
 * with `Function.prototype` frozen, the inherited read-only `toString` makes that assignment
 * throw. Giving `Date` its own writable `toString` (the very same function, so `String(Date)`
 * is unchanged) lets the assignment create an own property instead.
 */
export function useFakeTimers(): void {
  if (!Object.hasOwn(Date, 'toString')) {
    Object.defineProperty(Date, 'toString', { value: Function.prototype.toString, writable: true, configurable: true });
  }
  vi.useFakeTimers();
  vi.setSystemTime(0);
}

/**
 * A property "actual equals model" that shrinks cheaply (a boolean predicate, no assertion
 * errors built while shrinking) and then fails with the usual expected/received diff for the
 * smallest counterexample.
 */
export function assertMatchesModel<Ts extends [unknown, ...unknown[]], R>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  actual: (...input: Ts) => R,
  model: (...input: Ts) => R,
): void {
  const property = fc.property(...arbitraries, (...input: Ts) => isDeepStrictEqual(actual(...input), model(...input)));
  const out = fc.check(property as fc.IProperty<Ts>);
  if (!out.failed) return;
  const input = out.counterexample;
  if (!input) throw out.errorInstance ?? new Error(`property failed: ${String(out.errorInstance)}`);
  expect({ input, output: actual(...input) }).toEqual({ input, output: model(...input) });
  throw new Error(`property failed for ${JSON.stringify(input)}`);
}
