/**
 * Correlation and simple linear regression.
 *
 * ```python
 * scipy.stats.pearsonr(x, y)[0]
 * scipy.stats.spearmanr(x, y)[0]        # ties get the average of their ranks
 * r = scipy.stats.linregress(x, y)      # r.slope, r.intercept, r.rvalue ** 2
 * ```
 * Each function throws `RangeError` when x and y differ in length or have fewer than two points.
 */

function check(x: readonly number[], y: readonly number[], what: string): void {
  if (x.length !== y.length) throw new RangeError(`${what}: x and y have different lengths`);
  if (x.length < 2) throw new RangeError(`${what}: needs at least two points`);
}

function meanOf(v: readonly number[]): number {
  return v.reduce((s, a) => s + a, 0) / v.length;
}

/** Pearson's r: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²). NaN when either input is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  check(x, y, 'pearson');
  const mx = meanOf(x);
  const my = meanOf(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/** Ranks 1..n; tied values share the average of the ranks they span (midranks). */
function midranks(v: readonly number[]): number[] {
  const idx = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
  const ranks = new Array<number>(v.length);
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && v[idx[j + 1]!] === v[idx[i]!]) j++;
    const r = (i + j) / 2 + 1; // positions i..j hold ranks i+1..j+1
    for (let t = i; t <= j; t++) ranks[idx[t]!] = r;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's ρ: Pearson's r of the midranks (tied values share the average of their ranks). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  check(x, y, 'spearman');
  return pearson(midranks(x), midranks(y));
}

export interface OlsResult {
  slope: number;
  intercept: number;
  /** The coefficient of determination R² = 1 − SSres / SStot. */
  r2: number;
}

/** Least-squares line y ≈ slope·x + intercept; r2 as `linregress(x, y).rvalue ** 2`. */
// Centred sums: Σ(x − x̄)(y − ȳ) rather than Σxy − n·x̄ȳ, which cancels badly for data far from 0.
export function ols(x: readonly number[], y: readonly number[]): OlsResult {
  check(x, y, 'ols');
  const mx = meanOf(x);
  const my = meanOf(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < x.length; i++) ssRes += (y[i]! - (slope * x[i]! + intercept)) ** 2;
  return { slope, intercept, r2: 1 - ssRes / syy };
}
