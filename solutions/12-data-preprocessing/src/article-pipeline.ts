import { OneHotEncoder } from './one-hot-encoder.ts';
import { SimpleImputer } from './simple-imputer.ts';
import { StandardScaler } from './standard-scaler.ts';

/** One row of the roadmap's sample data. Missing values are null. */
export interface ArticleRecord {
  Age: number | null;
  Salary: number | null;
  City: string | null;
  Experience: number | null;
}

/** The preprocessed table: column names and one row of numbers per record. */
export interface ArticleTable {
  columns: string[];
  rows: number[][];
}

/**
 * The roadmap's preprocessing example, step for step:
 *
 * ```python
 * df = pd.DataFrame(data)
 * df['Age'] = SimpleImputer(strategy='mean').fit_transform(df[['Age']])
 * df['Salary'] = SimpleImputer(strategy='mean').fit_transform(df[['Salary']])
 * df[['Age', 'Salary', 'Experience']] = StandardScaler().fit_transform(df[['Age', 'Salary', 'Experience']])
 * encoder = OneHotEncoder(handle_unknown='ignore', sparse_output=False)
 * encoded = pd.DataFrame(encoder.fit_transform(df[['City']]), columns=encoder.get_feature_names_out(['City']))
 * df = pd.concat([df.drop('City', axis=1), encoded], axis=1)
 * ```
 * Columns: Age, Salary, Experience, then one `City_<name>` per city in sorted order. The input
 * records are left unchanged.
 */
export function articlePipeline(records: readonly ArticleRecord[]): ArticleTable {
  // 1. Two separate mean imputers, one per column, as in the article.
  const age = new SimpleImputer({ strategy: 'mean' }).fitTransform(records.map((r) => [r.Age]));
  const salary = new SimpleImputer({ strategy: 'mean' }).fitTransform(records.map((r) => [r.Salary]));
  // 2. One scaler over the three numeric columns, fitted after imputation (population std).
  const numeric = records.map((r, i) => [age[i]![0]!, salary[i]![0]!, r.Experience ?? NaN]);
  const scaled = new StandardScaler().fitTransform(numeric);
  // 3. One-hot City; dropping City and appending its columns gives this column order.
  const encoder = new OneHotEncoder({ handleUnknown: 'ignore' }).fit(records.map((r) => [r.City]));
  const encoded = encoder.transform(records.map((r) => [r.City]));
  return {
    columns: ['Age', 'Salary', 'Experience', ...encoder.getFeatureNamesOut(['City'])],
    rows: scaled.map((row, i) => [...row, ...encoded[i]!]),
  };
}
