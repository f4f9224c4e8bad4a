// Mistake: islice is written as a generator function, so its argument checks only run at the first next().
export function* islice<T>(it: Iterable<T>, a: number | null, b?: number | null, c?: number | null): Generator<T, void, undefined> {
  const oneArg = b === undefined;
  const start = oneArg ? 0 : (a ?? 0);
  const stop = (oneArg ? a : b) ?? Infinity;
  const step = oneArg ? 1 : (c ?? 1);
  if (!Number.isInteger(start) || start < 0) throw new RangeError('bad start');
  if (stop !== Infinity && (!Number.isInteger(stop) || stop < 0)) throw new RangeError('bad stop');
  if (!Number.isInteger(step) || step < 1) throw new RangeError('bad step');
  const iterator = it[Symbol.iterator]();
  let pulled = 0;
  let next = start;
  for (;;) {
    while (pulled < next) {
      if (iterator.next().done) return;
      pulled++;
    }
    if (pulled >= stop) return;
    const r = iterator.next();
    if (r.done) return;
    pulled++;
    yield r.value;
    next = Math.min(next + step, stop);
  }
}

export function take<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  return islice(it, n);
}

export function drop<T>(it: Iterable<T>, n: number): Generator<T, void, undefined> {
  return islice(it, n, null);
}

export function* takeWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  for (const x of it) {
    if (!pred(x)) return;
    yield x;
  }
}

export function* dropWhile<T>(it: Iterable<T>, pred: (x: T) => boolean): Generator<T, void, undefined> {
  let dropping = true;
  for (const x of it) {
    if (dropping && pred(x)) continue;
    dropping = false;
    yield x;
  }
}
