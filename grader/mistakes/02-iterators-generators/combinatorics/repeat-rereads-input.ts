// Mistake: product with repeat reads each iterable again for every repetition, which finds a generator already used up.
type Item<I> = I extends Iterable<infer T> ? T : never;

/** Python's `repeat=` keyword of `itertools.product`. */
export interface ProductOptions {
  repeat: number;
}

/** Checks `r` (or `repeat`) at the call, as Python does when the iterator is created. */
function checkCount(name: string, r: number): void {
  if (!Number.isInteger(r) || r < 0) throw new RangeError(`${name} must be a non-negative integer, got ${r}`);
}

const isOptions = (x: unknown): x is ProductOptions =>
  typeof x === 'object' && x !== null && !(Symbol.iterator in x) && 'repeat' in x;

/**
 * Python: `itertools.product(*iterables, repeat=1)`: the Cartesian product, as nested for-loops
 * where the rightmost loop turns fastest: `product('AB', 'xy')` is Ax Ay Bx By.
 * `product(it, { repeat: 3 })` is `product(it, it, it)`; with several iterables the options come
 * last: `product('AB', 'xy', { repeat: 2 })`. Each input is read once, up front (generators too).
 * Every result is a new array. A negative `repeat` throws a `RangeError` at the call.
 */
export function product<T>(it: Iterable<T>, options: ProductOptions): Generator<T[], void, undefined>;
export function product<Its extends Iterable<unknown>[]>(...its: Its): Generator<{ -readonly [K in keyof Its]: Item<Its[K]> }, void, undefined>;
export function product<T>(...args: [...Iterable<T>[], ProductOptions]): Generator<T[], void, undefined>;
export function product(...args: Array<Iterable<unknown> | ProductOptions>): Generator<unknown[], void, undefined> {
  const last = args.at(-1);
  const options = isOptions(last) ? last : { repeat: 1 };
  const iterables = (isOptions(last) ? args.slice(0, -1) : args) as Iterable<unknown>[];
  checkCount('repeat', options.repeat);
  // Copy every input once, then repeat the list of copies: a generator could not be read twice.
  const pools = Array.from({ length: options.repeat }, () => iterables.map((it) => [...it])).flat();
  return productOfPools(pools);
}

function* productOfPools(pools: unknown[][]): Generator<unknown[], void, undefined> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield idx.map((i, k) => pools[k]![i]); // a new array each time
    // Odometer: advance the last position; on overflow reset it and carry to the left.
    let k = pools.length - 1;
    while (k >= 0 && idx[k] === pools[k]!.length - 1) idx[k--] = 0;
    if (k < 0) return;
    idx[k]!++;
  }
}

/**
 * Python: `itertools.permutations(iterable, r=None)`: ordered arrangements of `r` items
 * (default: all of them), in lexicographic order of positions: `permutations('ABC', 2)` is
 * AB AC BA BC CA CB. Items are told apart by position, not value, so repeated values give
 * repeated results. `r > n` gives nothing; `r = 0` gives one empty array. A negative or
 * fractional `r` throws a `RangeError` at the call.
 */
export function permutations<T>(it: Iterable<T>, r?: number): Generator<T[], void, undefined> {
  const pool = [...it];
  const size = r ?? pool.length;
  checkCount('r', size);
  return permutationsOf(pool, size);
}

function* permutationsOf<T>(pool: T[], r: number): Generator<T[], void, undefined> {
  const used = pool.map(() => false);
  const chosen: number[] = [];
  // Depth-first over positions, smallest unused position first: that is lexicographic order.
  function* extend(): Generator<T[], void, undefined> {
    if (chosen.length === r) {
      yield chosen.map((i) => pool[i]!);
      return;
    }
    for (let i = 0; i < pool.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      chosen.push(i);
      yield* extend();
      chosen.pop();
      used[i] = false;
    }
  }
  if (r <= pool.length) yield* extend();
}

/**
 * Python: `itertools.combinations(iterable, r)`: `r`-item selections in input order, in
 * lexicographic order of positions: `combinations('ABCD', 2)` is AB AC AD BC BD CD.
 */
export function combinations<T>(it: Iterable<T>, r: number): Generator<T[], void, undefined> {
  checkCount('r', r);
  return choose([...it], r, false);
}

/**
 * Python: `itertools.combinations_with_replacement(iterable, r)`: like `combinations`, but an
 * item may be chosen again: `combinationsWithReplacement('ABC', 2)` is AA AB AC BB BC CC.
 */
export function combinationsWithReplacement<T>(it: Iterable<T>, r: number): Generator<T[], void, undefined> {
  checkCount('r', r);
  return choose([...it], r, true);
}

/** Increasing position tuples (non-decreasing when `again`), in lexicographic order. */
function* choose<T>(pool: T[], r: number, again: boolean): Generator<T[], void, undefined> {
  const chosen: number[] = [];
  function* extend(from: number): Generator<T[], void, undefined> {
    if (chosen.length === r) {
      yield chosen.map((i) => pool[i]!);
      return;
    }
    for (let i = from; i < pool.length; i++) {
      chosen.push(i);
      yield* extend(again ? i : i + 1);
      chosen.pop();
    }
  }
  yield* extend(0);
}
