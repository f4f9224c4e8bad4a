// Helpers shared by the 06-data-structures hidden suites. No @impl imports here: the grader picks
// the tree to grade from the importing suite, so only suites import the implementation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A golden file written by grader/goldens/06-data-structures.py. */
export function loadGolden<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(here, 'goldens', `${name}.json`), 'utf8')) as T;
}

export const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

/**
 * Runs `check` on every case and throws one error listing the first few failures with their
 * inputs, so a test over a whole golden file still says which case broke and how.
 */
export function everyCase<C>(cases: readonly C[], label: (c: C, i: number) => string, check: (c: C) => void): void {
  const failures: string[] = [];
  cases.forEach((c, i) => {
    try {
      check(c);
    } catch (e) {
      if ((e as { name?: string }).name === 'NotImplementedError') throw e;
      failures.push(`${label(c, i)}\n    ${String((e as Error).message).split('\n').join('\n    ')}`);
    }
  });
  if (failures.length) {
    throw new Error(`${failures.length} of ${cases.length} cases are wrong:\n  ${failures.slice(0, 3).join('\n  ')}`);
  }
}

/** Cheap equality for hot loops: builds an expect() (slow, but a readable diff) only on a mismatch. */
export function same(received: unknown, expected: unknown, what: string): void {
  if (!deepEqual(received, expected)) expect({ what, received }).toEqual({ what, received: expected });
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Calls `f`, returning its value, or the name of the error class it threw (a stub's error propagates). */
export function outcome<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (e) {
    if ((e as { name?: string }).name === 'NotImplementedError') throw e;
    return { error: e instanceof RangeError ? 'RangeError' : (e as Error).name };
  }
}
