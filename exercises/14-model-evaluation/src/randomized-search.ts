import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';
import type { Estimator } from './_estimator.ts';
import { BaseSearchCV, type Params, type SearchOptions } from './grid-search.ts';

// Useful here: `ParameterGrid` from './grid-search.ts'.

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

/** Python: `scipy.stats.uniform(loc, scale)`: uniform on [loc, loc + scale). */
export function uniform(loc = 0, scale = 1): Distribution<number> {
  // TODO: loc + scale * rng().
  return todo('uniform');
}

/** Python: `scipy.stats.randint(low, high)`: integers low, low + 1, …, high − 1, equally likely. */
export function randint(low: number, high: number): Distribution<number> {
  // TODO: an integer in [low, high).
  return todo('randint');
}

/** Python: `scipy.stats.loguniform(a, b)`: log(x) is uniform on [log a, log b]. */
export function loguniform(a: number, b: number): Distribution<number> {
  // TODO: exp of a uniform draw between log a and log b.
  return todo('loguniform');
}

/**
 * Python: `sklearn.model_selection.ParameterSampler(param_distributions, n_iter, random_state=rng)`.
 *
 * When every value is a list, the candidates are `nIter` distinct points of the ParameterGrid
 * (all of them when the grid is smaller), drawn without replacement. Otherwise each candidate is
 * drawn independently: keys in sorted order, a list value picks one element uniformly, a
 * distribution is sampled with `rvs(rng)`. Each iteration draws afresh from `rng`.
 *
 * ```python
 * list(ParameterSampler({"C": loguniform(1e-3, 1e3), "kernel": ["rbf", "linear"]}, n_iter=5, random_state=0))
 * ```
 */
export class ParameterSampler implements Iterable<Params> {
  constructor(paramDistributions: ParamDistributions | readonly ParamDistributions[], options: ParameterSamplerOptions) {
    // TODO: keep the dicts (one dict means a list of one), nIter and rng; validate them.
    todo('ParameterSampler');
  }

  /** Python: `len(sampler)`. */
  get length(): number {
    return todo('ParameterSampler.length');
  }

  *[Symbol.iterator](): Iterator<Params> {
    return todo('ParameterSampler[Symbol.iterator]');
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
  constructor(
    makeEstimator: (params: Params) => Estimator<Y>,
    paramDistributions: ParamDistributions | readonly ParamDistributions[],
    options: RandomizedSearchOptions<Y>,
  ) {
    super(makeEstimator, options);
    // TODO: keep a ParameterSampler.
    todo('RandomizedSearchCV');
  }

  protected candidates(): Params[] {
    return todo('RandomizedSearchCV.candidates');
  }
}
