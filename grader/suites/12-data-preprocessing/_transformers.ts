// Small reference transformers for the column-transformer suite (not a suite itself). They let
// ColumnTransformer and Pipeline be graded on their own, independently of the learner's
// SimpleImputer, StandardScaler, ... They cover only what the goldens use (no near-constant
// columns, ASCII categories) and are checked against the same scikit-learn goldens.
import type { Cell } from '@impl/12-data-preprocessing/_types';

type M = readonly (readonly Cell[])[];
export interface Fittable {
  fit(X: M): unknown;
  transform(X: M): Cell[][];
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[];
}

const missing = (v: Cell | undefined) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
const names = (d: number, given?: readonly string[]) => (given ? [...given] : Array.from({ length: d }, (_, j) => `x${j}`));
const columns = (X: M) => (X[0] ?? []).map((_, j) => X.map((r) => r[j]!));
const byValue = (a: Cell, b: Cell) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

export class RefImputer implements Fittable {
  private stats: Cell[] = [];
  constructor(private readonly strategy: 'mean' | 'median' | 'most_frequent') {}
  fit(X: M) {
    this.stats = columns(X).map((col) => {
      const xs = col.filter((v) => !missing(v));
      if (this.strategy === 'most_frequent') {
        const counts = new Map<Cell, number>();
        for (const v of xs) counts.set(v, (counts.get(v) ?? 0) + 1);
        const top = Math.max(...counts.values());
        return [...counts].filter(([, c]) => c === top).map(([v]) => v).sort(byValue)[0]!;
      }
      const ns = (xs as number[]).slice().sort((a, b) => a - b);
      if (this.strategy === 'mean') return ns.reduce((s, x) => s + x, 0) / ns.length;
      const m = ns.length >> 1;
      return ns.length % 2 ? ns[m]! : (ns[m - 1]! + ns[m]!) / 2;
    });
    return this;
  }
  transform(X: M) {
    return X.map((r) => r.map((v, j) => (missing(v) ? this.stats[j]! : v)));
  }
  getFeatureNamesOut(f?: readonly string[]) {
    return names(this.stats.length, f);
  }
}

export class RefScaler implements Fittable {
  private mean: number[] = [];
  private scale: number[] = [];
  fit(X: M) {
    this.mean = [];
    this.scale = [];
    for (const col of columns(X) as number[][]) {
      const m = col.reduce((s, x) => s + x, 0) / col.length;
      const v = col.reduce((s, x) => s + (x - m) ** 2, 0) / col.length;
      this.mean.push(m);
      this.scale.push(v === 0 ? 1 : Math.sqrt(v));
    }
    return this;
  }
  transform(X: M) {
    return X.map((r) => r.map((v, j) => ((v as number) - this.mean[j]!) / this.scale[j]!));
  }
  getFeatureNamesOut(f?: readonly string[]) {
    return names(this.mean.length, f);
  }
}

export class RefMinMax implements Fittable {
  private scale: number[] = [];
  private min: number[] = [];
  constructor(private readonly range: readonly [number, number]) {}
  fit(X: M) {
    this.scale = [];
    this.min = [];
    for (const col of columns(X) as number[][]) {
      const lo = Math.min(...col);
      const s = (this.range[1] - this.range[0]) / (Math.max(...col) - lo || 1);
      this.scale.push(s);
      this.min.push(this.range[0] - lo * s);
    }
    return this;
  }
  transform(X: M) {
    return X.map((r) => r.map((v, j) => (v as number) * this.scale[j]! + this.min[j]!));
  }
  getFeatureNamesOut(f?: readonly string[]) {
    return names(this.scale.length, f);
  }
}

export class RefOneHot implements Fittable {
  private cats: Cell[][] = [];
  constructor(private readonly drop: 'first' | null) {}
  fit(X: M) {
    this.cats = columns(X).map((col) => [...new Set(col)].sort(byValue));
    return this;
  }
  transform(X: M) {
    // Unknown values match no category: an all-zero block (handle_unknown='ignore').
    return X.map((r) => r.flatMap((v, j) => this.cats[j]!.map((c) => (c === v ? 1 : 0)).slice(this.drop ? 1 : 0)));
  }
  getFeatureNamesOut(f?: readonly string[]) {
    const n = names(this.cats.length, f);
    return this.cats.flatMap((cs, j) => cs.map((c) => `${n[j]}_${String(c)}`).slice(this.drop ? 1 : 0));
  }
}

export class RefPoly2 implements Fittable {
  private d = 0;
  fit(X: M) {
    this.d = X[0]?.length ?? 0;
    return this;
  }
  private pairs() {
    const out: [number, number][] = [];
    for (let a = 0; a < this.d; a++) for (let b = a; b < this.d; b++) out.push([a, b]);
    return out;
  }
  transform(X: M) {
    return X.map((r) => [...(r as number[]), ...this.pairs().map(([a, b]) => (r[a] as number) * (r[b] as number))]);
  }
  getFeatureNamesOut(f?: readonly string[]) {
    const n = names(this.d, f);
    return [...n, ...this.pairs().map(([a, b]) => (a === b ? `${n[a]}^2` : `${n[a]} ${n[b]}`))];
  }
}

/** A transformer that records the matrices its fit and transform receive, and passes them on. */
export class Spy implements Fittable {
  fitted: Cell[][][] = [];
  transformed: Cell[][][] = [];
  constructor(private readonly tag = 'spy') {}
  fit(X: M) {
    this.fitted.push(X.map((r) => [...r]));
    return this;
  }
  transform(X: M) {
    this.transformed.push(X.map((r) => [...r]));
    return X.map((r) => [...r]);
  }
  getFeatureNamesOut(f?: readonly string[]) {
    return (f ?? []).map((n) => `${this.tag}(${n})`);
  }
}

export type Desc =
  | 'drop'
  | 'passthrough'
  | { kind: 'pipeline'; steps: [string, Desc][] }
  | { kind: 'imputer'; strategy: 'mean' | 'median' | 'most_frequent' }
  | { kind: 'scaler' }
  | { kind: 'minmax'; featureRange: [number, number] }
  | { kind: 'onehot'; handleUnknown: 'error' | 'ignore'; drop: 'first' | null }
  | { kind: 'poly'; degree: 2; includeBias: false };

/**
 * Builds the reference transformer a description stands for (the generator builds the
 * scikit-learn one from the same description). Pipelines come from `makePipeline`, which the
 * suite points at the Pipeline under test.
 */
export function build<P>(desc: Desc, makePipeline: (steps: [string, Fittable][]) => P): Fittable | P | 'drop' | 'passthrough' {
  if (desc === 'drop' || desc === 'passthrough') return desc;
  switch (desc.kind) {
    case 'pipeline': return makePipeline(desc.steps.map(([n, d]) => [n, build(d, makePipeline) as Fittable]));
    case 'imputer': return new RefImputer(desc.strategy);
    case 'scaler': return new RefScaler();
    case 'minmax': return new RefMinMax(desc.featureRange);
    case 'onehot': return new RefOneHot(desc.drop);
    case 'poly': return new RefPoly2();
  }
}
