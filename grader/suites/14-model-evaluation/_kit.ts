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

// ------------------------------------------------------------------ scripted estimators
// They mirror the Python estimators the goldens were computed with, so a search or a
// cross-validation loop over them must reproduce sklearn's numbers.

type Rows = readonly (readonly number[])[];

const meanOf = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;

/** sklearn.metrics.r2_score (force_finite=True), as `RegressorMixin.score` uses it. */
export function r2(yTrue: readonly number[], yPred: readonly number[]): number {
  const m = meanOf(yTrue);
  const num = yTrue.reduce((s, v, i) => s + (v - yPred[i]!) ** 2, 0);
  const den = yTrue.reduce((s, v) => s + (v - m) ** 2, 0);
  if (num === 0) return 1;
  if (den === 0) return 0;
  return 1 - num / den;
}

/** sklearn.dummy.DummyRegressor(): predicts the mean of the training targets; score is R². */
export class MeanRegressor {
  readonly estimatorType = 'regressor' as const;
  center = NaN;
  fit(_X: Rows, y: readonly number[]): this {
    this.center = meanOf(y);
    return this;
  }
  predict(X: Rows): number[] {
    return X.map(() => this.center);
  }
  score(X: Rows, y: readonly number[]): number {
    return r2(y, this.predict(X));
  }
}

/** sklearn.dummy.DummyClassifier(strategy='most_frequent'): ties go to the smallest label. */
export class MostFrequentClassifier {
  readonly estimatorType = 'classifier' as const;
  label: number | undefined;
  fit(_X: Rows, y: readonly number[]): this {
    const counts = new Map<number, number>();
    for (const v of y) counts.set(v, (counts.get(v) ?? 0) + 1);
    const classes = [...counts.keys()].sort((a, b) => a - b);
    let best = classes[0]!;
    for (const c of classes) if (counts.get(c)! > counts.get(best)!) best = c;
    this.label = best;
    return this;
  }
  predict(X: Rows): number[] {
    return X.map(() => this.label!);
  }
  score(X: Rows, y: readonly number[]): number {
    const p = this.predict(X);
    return p.filter((v, i) => v === y[i]).length / y.length;
  }
}

/**
 * The Python `Shrink` estimator of the grid-search goldens: predicts
 * (1 - shrink) * mean(y_train) + slope * x0 and refuses shrink > 1; score is R².
 */
export class Shrink {
  readonly estimatorType = 'regressor' as const;
  center = NaN;
  constructor(readonly params: { shrink?: number; slope?: number; unused?: unknown } = {}) {}
  fit(_X: Rows, y: readonly number[]): this {
    const shrink = this.params.shrink ?? 0;
    if (shrink > 1) throw new RangeError('shrink must be at most 1');
    this.center = (1 - shrink) * meanOf(y);
    return this;
  }
  predict(X: Rows): number[] {
    return X.map((row) => this.center + (this.params.slope ?? 0) * row[0]!);
  }
  score(X: Rows, y: readonly number[]): number {
    return r2(y, this.predict(X));
  }
}

/** Ordinary least squares on the first feature (sklearn.linear_model.LinearRegression on one column). */
export class Line {
  readonly estimatorType = 'regressor' as const;
  slope = NaN;
  intercept = NaN;
  fit(X: Rows, y: readonly number[]): this {
    const x = X.map((r) => r[0]!);
    const mx = meanOf(x);
    const my = meanOf(y);
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
    this.slope = sxx === 0 ? 0 : sxy / sxx;
    this.intercept = my - this.slope * mx;
    return this;
  }
  predict(X: Rows): number[] {
    return X.map((r) => this.intercept + this.slope * r[0]!);
  }
  score(X: Rows, y: readonly number[]): number {
    return r2(y, this.predict(X));
  }
}

/**
 * Logs the row ids (column 0) it is fitted on and scored on, and throws if fitted twice, so a test
 * can check which rows every fit saw and that no estimator is reused. Scores the mean row id scored.
 */
export class Recorder {
  #entry: { train: number[]; test: number[] } | undefined;
  constructor(readonly log: { train: number[]; test: number[] }[]) {}
  fit(X: Rows, _y: readonly number[]): this {
    if (this.#entry) throw new Error('Recorder fitted twice: make a fresh estimator for every fit');
    this.#entry = { train: X.map((r) => r[0]!), test: [] };
    this.log.push(this.#entry);
    return this;
  }
  predict(X: Rows): number[] {
    return X.map(() => 0);
  }
  score(X: Rows, _y: readonly number[]): number {
    const ids = X.map((r) => r[0]!);
    this.#entry?.test.push(...ids);
    return meanOf(ids);
  }
}
