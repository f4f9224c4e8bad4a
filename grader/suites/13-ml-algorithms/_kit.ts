import { expect } from 'vitest';

export { mulberry32 } from '@roadmap/testkit';

export const show = (x: unknown): string => {
  const s = JSON.stringify(x);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
};

/**
 * Fails with the input, the expected and the received value unless |actual − expected| ≤
 * atol + rtol·|expected|, entry by entry for arrays (nested to any depth).
 */
export function expectNear(actual: unknown, expected: unknown, tol: { rtol?: number; atol?: number }, input: string): void {
  const { rtol = 0, atol = 0 } = tol;
  const walk = (a: unknown, e: unknown, at: string): string | undefined => {
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) return `${at}: expected an array, received ${show(a)}`;
      if (a.length !== e.length) return `${at}: expected length ${e.length}, received length ${a.length}`;
      for (let i = 0; i < e.length; i++) {
        const bad = walk(a[i], e[i], `${at}[${i}]`);
        if (bad) return bad;
      }
      return undefined;
    }
    const en = e as number;
    if (typeof a !== 'number') return `${at}: expected ${en}, received ${show(a)}`;
    const ok = Number.isNaN(en) ? Number.isNaN(a) : !Number.isFinite(en) ? a === en : Math.abs(a - en) <= atol + rtol * Math.abs(en);
    return ok ? undefined : `${at}: expected ${en}, received ${a} (error ${Math.abs(a - en)})`;
  };
  const bad = walk(actual, expected, 'value');
  if (bad) {
    throw new Error(`${input}\n${bad}\ntolerance: ${atol ? `atol ${atol} ` : ''}${rtol ? `rtol ${rtol}` : ''}\nexpected: ${show(expected)}\nreceived: ${show(actual)}`);
  }
}

/** Asserts that fn throws an error whose name is NotFittedError. */
export function expectNotFitted(fn: () => unknown, what: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `${what} before fit should throw NotFittedError`).toBeInstanceOf(Error);
  expect((thrown as Error).name, `${what} before fit: error name`).toBe('NotFittedError');
}

/** v and w equal up to one global sign. */
export function expectSameUpToSign(v: readonly number[], w: readonly number[], atol: number, input: string): void {
  const d = v.reduce((s, x, i) => s + x * (w[i] ?? 0), 0);
  const sign = d < 0 ? -1 : 1;
  expectNear(v.map((x) => sign * x), w, { atol }, `${input} (compared up to sign)`);
}

export const accuracy = (pred: readonly number[], y: readonly number[]) => pred.filter((p, i) => p === y[i]).length / y.length;

/** Cluster labels equal up to a renaming of the clusters. */
export function sameClustering(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}
