// Helpers shared by the hidden suites of 12-data-preprocessing (not a suite itself).
import { readFileSync } from 'node:fs';

const markers: Record<string, number> = { __NaN__: NaN, __Infinity__: Infinity, '__-Infinity__': -Infinity };

/**
 * Loads `goldens/<name>.json`, written by grader/goldens/12-data-preprocessing.py from the real
 * NumPy / pandas / scikit-learn. NaN and the infinities arrive as marker strings.
 */
export function golden<T>(name: string): T {
  const text = readFileSync(new URL(`./goldens/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' && value in markers ? markers[value] : value)) as T;
}

/** JSON-like text that keeps NaN, ±Infinity and undefined visible (JSON.stringify turns them into null). */
export function show(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${show(v)}`).join(', ')}}`;
  }
  return String(value);
}

/**
 * Compares nested arrays / records: numbers within `tol * max(1, |expected|)` (NaN equals NaN,
 * infinities exactly), everything else (strings, null, keys, lengths) exactly. Returns the path of
 * the first difference, or undefined when they match.
 */
export function firstDifference(actual: unknown, expected: unknown, tol: number, path = ''): string | undefined {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${path || 'value'}: expected the number ${show(expected)}, received ${show(actual)}`;
    if (Number.isNaN(expected) || Number.isNaN(actual)) {
      return Number.isNaN(expected) && Number.isNaN(actual) ? undefined : `${path || 'value'}: expected ${show(expected)}, received ${show(actual)}`;
    }
    if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual ? undefined : `${path || 'value'}: expected ${show(expected)}, received ${show(actual)}`;
    return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)) ? undefined : `${path || 'value'}: expected ${show(expected)}, received ${show(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path || 'value'}: expected an array, received ${show(actual)}`;
    if (actual.length !== expected.length) return `${path || 'value'}: expected length ${expected.length}, received length ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(actual[i], expected[i], tol, `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${path || 'value'}: expected an object, received ${show(actual)}`;
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    if (ek.join('\u0000') !== ak.join('\u0000')) return `${path || 'value'}: expected keys ${show(ek)}, received keys ${show(ak)}`;
    for (const k of ek) {
      const d = firstDifference((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], tol, `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${path || 'value'}: expected ${show(expected)}, received ${show(actual)}`;
}

/**
 * Throws a readable error (what was asked, expected, received, first difference) unless `actual`
 * matches `expected` as `firstDifference` defines. `tol` 0 asks for exact equality.
 */
export function expectClose(actual: unknown, expected: unknown, tol: number, what: string): void {
  const d = firstDifference(actual, expected, tol);
  if (d) {
    throw new Error(`${what}\n  first difference: ${d}${tol ? ` (tolerance ${tol}, relative above 1)` : ''}\n  expected: ${show(expected)}\n  received: ${show(actual)}`);
  }
}

/** Runs `fn` and returns what it threw (undefined when it returned normally). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/**
 * Asserts that `fn` throws an instance of `cls` (by class, not message). A stub's
 * NotImplementedError is re-thrown, so an unwritten exercise reads as not started.
 */
export function expectThrows(fn: () => unknown, cls: abstract new (...args: never[]) => Error, what: string): void {
  const e = thrown(fn);
  if (e instanceof Error && e.name === 'NotImplementedError') throw e;
  if (!(e instanceof cls)) {
    const got = e === undefined ? 'it returned normally' : e instanceof Error ? `it threw ${e.name}: ${e.message}` : `it threw ${show(e)}`;
    throw new Error(`${what}: expected a ${cls.name}, but ${got}`);
  }
}
