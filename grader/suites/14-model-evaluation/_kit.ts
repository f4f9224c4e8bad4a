// Helpers shared by the 14-model-evaluation hidden suites.
import { readFileSync } from 'node:fs';

/**
 * Reads a golden written by grader/goldens/14-model-evaluation.py. JSON has no NaN or infinities,
 * so the generator writes them as the strings "NaN", "Infinity", "-Infinity".
 */
export function golden<T = any>(name: string): T {
  const text = readFileSync(new URL(`./goldens/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value) =>
    value === 'NaN' ? NaN : value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value,
  ) as T;
}

type Numeric = number | null | undefined | Numeric[];

/** Worst difference, relative to max(1, |expected|); NaN matches NaN, infinities match exactly. */
function worst(actual: unknown, expected: Numeric): number {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return Infinity;
    if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual) ? 0 : Infinity;
    if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual ? 0 : Infinity;
    return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
  }
  if (expected === null || expected === undefined) return actual === expected ? 0 : Infinity;
  if (!Array.isArray(actual) || actual.length !== expected.length) return Infinity;
  let w = 0;
  for (let i = 0; i < expected.length; i++) w = Math.max(w, worst(actual[i], expected[i]!));
  return w;
}

const show = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));

/**
 * Fails with the input, the expected and the received value when `actual` is not within `tol`
 * (relative to max(1, |expected|)) of `expected` everywhere, or has another shape.
 */
export function expectClose(actual: unknown, expected: Numeric, tol: number, context: unknown): void {
  const d = worst(actual, expected);
  if (!(d <= tol)) {
    throw new Error(
      `Mismatch (worst relative difference ${d}, tolerance ${tol}).\n` +
        `input:    ${show(context)}\nexpected: ${show(expected)}\nreceived: ${show(actual)}`,
    );
  }
}

/**
 * Fails with the input when `fn` does not throw. A stub's not-implemented error is not the error
 * the test expects: it is rethrown, so an unwritten exercise never passes this check.
 */
export function expectThrows(fn: () => unknown, context: unknown): void {
  let threw = false;
  let result: unknown;
  try {
    result = fn();
  } catch (err) {
    if ((err as Error | undefined)?.name === 'NotImplementedError') throw err;
    threw = true;
  }
  if (!threw) throw new Error(`Expected an error for input ${show(context)}, but got ${show(result)}`);
}
