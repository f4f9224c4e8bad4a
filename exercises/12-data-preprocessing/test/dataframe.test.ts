import { describe, expect, it } from 'vitest';
import { DataFrame } from '../src/dataframe.ts';

const data = {
  Age: [25, 30, null, 40, 35],
  Salary: [50000, 60000, 75000, 80000, null],
  City: ['New York', 'London', 'New York', 'Paris', 'London'],
};

describe('dataframe', () => {
  it('counts missing values per column like df.isna().sum()', () => {
    expect(new DataFrame(data).missingCounts()).toEqual({ Age: 1, Salary: 1, City: 0 });
  });
  it('keeps the index labels of the rows a filter keeps (df[df.Age > 28])', () => {
    const older = new DataFrame(data).filter((row) => row.Age !== null && (row.Age as number) > 28);
    expect(older.index).toEqual([1, 3, 4]);
  });
  it('fills missing values per column (df.fillna({...}))', () => {
    const filled = new DataFrame(data).fillna({ Age: 32.5 });
    expect(filled.col('Age')).toEqual([25, 30, 32.5, 40, 35]);
    expect(filled.col('Salary')[4]).toBeNull();
  });
});
