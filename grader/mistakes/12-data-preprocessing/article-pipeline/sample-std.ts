// Mistake: scales with the sample standard deviation (divides by n - 1), as pandas' .std() does by default: Age in row 0 becomes -1.341641 instead of -1.5.
import { OneHotEncoder } from './one-hot-encoder.ts';
import { SimpleImputer } from './simple-imputer.ts';

export interface ArticleRecord {
  Age: number | null;
  Salary: number | null;
  City: string | null;
  Experience: number | null;
}

export interface ArticleTable {
  columns: string[];
  rows: number[][];
}

export function articlePipeline(records: readonly ArticleRecord[]): ArticleTable {
  const age = new SimpleImputer({ strategy: 'mean' }).fitTransform(records.map((r) => [r.Age]));
  const salary = new SimpleImputer({ strategy: 'mean' }).fitTransform(records.map((r) => [r.Salary]));
  const numeric = records.map((r, i) => [age[i]![0]!, salary[i]![0]!, r.Experience ?? NaN]);
  const n = numeric.length;
  const scaled = numeric.map((row) => [...row]);
  for (let j = 0; j < 3; j++) {
    const xs = numeric.map((row) => row[j]!);
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
    scaled.forEach((row, i) => (row[j] = (xs[i]! - mean) / (std || 1)));
  }
  const encoder = new OneHotEncoder({ handleUnknown: 'ignore' }).fit(records.map((r) => [r.City]));
  const encoded = encoder.transform(records.map((r) => [r.City]));
  return {
    columns: ['Age', 'Salary', 'Experience', ...encoder.getFeatureNamesOut(['City'])],
    rows: scaled.map((row, i) => [...row, ...encoded[i]!]),
  };
}
