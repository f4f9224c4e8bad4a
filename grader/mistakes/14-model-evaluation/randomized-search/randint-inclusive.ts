// Mistake: includes high in randint(low, high), like Python's random.randint rather than scipy.stats.randint.
import type { Label } from './_types.ts';
import type { Estimator } from './_estimator.ts';
import { BaseSearchCV, ParameterGrid, type Params, type SearchOptions } from './grid-search.ts';

/** Python: a `scipy.stats` frozen distribution; only `rvs` is used. */
export interface Distribution<T = number> {
  rvs(rng: () => number): T;
}

/** Python: a param_distributions dict: each value is a list (drawn uniformly) or a distribution. */
export type ParamDistributions = Readonly<Record<string, readonly unknown[] | Distribution<unknown>>>;

export interface ParameterSamplerOptions {
  /** How many candidates to draw (fewer when an all-list grid is smaller). */
  nIter: number;
  /** Uniform [0, 1) generator (e.g. mulberry32 from @roadmap/testkit). */
  rng: () => number;
}

const isDistribution = (v: unknown): v is Distribution<unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Distribution<unknown>).rvs === 'function';

/** Python: `scipy.stats.uniform(loc, scale)`: uniform on [loc, loc + scale). */
export function uniform(loc = 0, scale = 1): Distribution<number> {
  if (!(scale > 0)) throw new RangeError('scale must be positive');
  return { rvs: (rng) => loc + scale * rng() };
}

/** Python: `scipy.stats.randint(low, high)`: integers low, low + 1, …, high − 1, equally likely. */
export function randint(low: number, high: number): Distribution<number> {
  if (!Number.isInteger(low) || !Number.isInteger(high) || high <= low) throw new RangeError('randint needs integers low < high');
  return { rvs: (rng) => low + Math.floor(rng() * (high - low + 1)) };
}

/** Python: `scipy.stats.loguniform(a, b)`: log(x) is uniform on [log a, log b]. */
export function loguniform(a: number, b: number): Distribution<number> {
  if (!(a > 0 && b > a)) throw new RangeError('loguniform needs 0 < a < b');
  return { rvs: (rng) => Math.exp(Math.log(a) + rng() * (Math.log(b) - Math.log(a))) };
}

/**
 * Python: `sklearn.model_selection.ParameterSampler(param_distributions, n_iter, random_state=rng)`.
 *
 * When every value is a list, the candidates are `nIter` distinct points of the ParameterGrid
 * (all of them when the grid is smaller), drawn without replacement. Otherwise each candidate is
 * drawn independently: keys in sorted order, a list value picks one element uniformly, a
 * distribution is sampled with `rvs(rng)`. Each iteration draws afresh from `rng`.
 */
export class ParameterSampler implements Iterable<Params> {
  readonly #dists: readonly ParamDistributions[];
  readonly #nIter: number;
  readonly #rng: () => number;

  constructor(paramDistributions: ParamDistributions | readonly ParamDistributions[], options: ParameterSamplerOptions) {
    this.#dists = (Array.isArray(paramDistributions) ? paramDistributions : [paramDistributions]) as readonly ParamDistributions[];
    if (this.#dists.length === 0) throw new RangeError('paramDistributions is empty');
    if (!Number.isInteger(options.nIter) || options.nIter < 1) throw new RangeError(`nIter must be a positive integer, got ${options.nIter}`);
    for (const d of this.#dists) {
      for (const [k, v] of Object.entries(d)) {
        if (Array.isArray(v) ? v.length === 0 : !isDistribution(v)) {
          throw new TypeError(`Parameter "${k}" needs a non-empty list or an object with rvs(rng)`);
        }
      }
    }
    this.#nIter = options.nIter;
    this.#rng = options.rng;
  }

  #allLists(): boolean {
    return this.#dists.every((d) => Object.values(d).every((v) => Array.isArray(v)));
  }

  /** Python: `len(sampler)`. */
  get length(): number {
    if (!this.#allLists()) return this.#nIter;
    return Math.min(this.#nIter, new ParameterGrid(this.#dists as readonly Record<string, readonly unknown[]>[]).length);
  }

  *[Symbol.iterator](): Iterator<Params> {
    const rng = this.#rng;
    if (this.#allLists()) {
      const grid = new ParameterGrid(this.#dists as readonly Record<string, readonly unknown[]>[]);
      const size = grid.length;
      const n = Math.min(this.#nIter, size);
      // A partial Fisher–Yates over 0..size-1, storing only the swapped positions.
      const swapped = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(rng() * (size - i));
        const vi = swapped.get(i) ?? i;
        const vj = swapped.get(j) ?? j;
        swapped.set(j, vi);
        yield grid.at(vj);
      }
      return;
    }
    for (let it = 0; it < this.#nIter; it++) {
      const dist = this.#dists.length === 1 ? this.#dists[0]! : this.#dists[Math.floor(rng() * this.#dists.length)]!;
      const params: Params = {};
      for (const key of Object.keys(dist).sort()) {
        const v = dist[key]!;
        params[key] = Array.isArray(v) ? v[Math.floor(rng() * v.length)] : (v as Distribution<unknown>).rvs(rng);
      }
      yield params;
    }
  }
}

export interface RandomizedSearchOptions<Y extends Label> extends SearchOptions<Y> {
  /** Default 10. */
  nIter?: number;
  rng: () => number;
}

/**
 * Python: `RandomizedSearchCV(estimator, param_distributions, *, n_iter=10, random_state=rng, ...)`:
 * a BaseSearchCV whose candidates are `[...new ParameterSampler(paramDistributions, { nIter, rng })]`.
 */
export class RandomizedSearchCV<Y extends Label = number> extends BaseSearchCV<Y> {
  readonly #sampler: ParameterSampler;

  constructor(
    makeEstimator: (params: Params) => Estimator<Y>,
    paramDistributions: ParamDistributions | readonly ParamDistributions[],
    options: RandomizedSearchOptions<Y>,
  ) {
    super(makeEstimator, options);
    this.#sampler = new ParameterSampler(paramDistributions, { nIter: options.nIter ?? 10, rng: options.rng });
  }

  protected candidates(): Params[] {
    return [...this.#sampler];
  }
}
