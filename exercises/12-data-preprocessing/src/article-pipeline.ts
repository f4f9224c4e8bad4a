import { todo } from '@roadmap/todo';

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
 *
 * You may reuse your own estimators (import them from './simple-imputer.ts',
 * './standard-scaler.ts' and './one-hot-encoder.ts') or write the few lines of arithmetic here.
 */
export function articlePipeline(records: readonly ArticleRecord[]): ArticleTable {
  // TODO: impute Age and Salary with their means, standard-scale Age, Salary and Experience
  // together (population standard deviation), one-hot encode City, and assemble the table.
  return todo('articlePipeline');
}
