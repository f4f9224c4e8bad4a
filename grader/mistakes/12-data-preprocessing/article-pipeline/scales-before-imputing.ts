// Mistake: scales first (the scaler skips the missing values) and fills the gaps afterwards with 0, the scaled mean; the standard deviations then come from four values instead of five.
import { OneHotEncoder } from './one-hot-encoder.ts';
import { StandardScaler } from './standard-scaler.ts';

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
  const numeric = records.map((r) => [r.Age ?? NaN, r.Salary ?? NaN, r.Experience ?? NaN]);
  const scaled = new StandardScaler().fitTransform(numeric).map((row) => row.map((v) => (Number.isNaN(v) ? 0 : v)));
  const encoder = new OneHotEncoder({ handleUnknown: 'ignore' }).fit(records.map((r) => [r.City]));
  const encoded = encoder.transform(records.map((r) => [r.City]));
  return {
    columns: ['Age', 'Salary', 'Experience', ...encoder.getFeatureNamesOut(['City'])],
    rows: scaled.map((row, i) => [...row, ...encoded[i]!]),
  };
}
