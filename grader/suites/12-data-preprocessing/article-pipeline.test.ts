import { describe, expect, it } from 'vitest';
import { type ArticleRecord, articlePipeline } from '@impl/12-data-preprocessing/article-pipeline';
import { expectClose, golden, show } from './_kit.ts';

interface Case { records: ArticleRecord[]; columns: string[]; rows: number[][] }
const g = golden<{ cases: Case[] }>('article-pipeline');

// The roadmap's data, as in the catalog's rule R5.
const article: ArticleRecord[] = [
  { Age: 25, Salary: 50000, City: 'New York', Experience: 2 },
  { Age: 30, Salary: 60000, City: 'London', Experience: 5 },
  { Age: null, Salary: 75000, City: 'New York', Experience: 10 },
  { Age: 40, Salary: 80000, City: 'Paris', Experience: 15 },
  { Age: 35, Salary: null, City: 'London', Experience: 8 },
];
// Rule R5's table (what scikit-learn 1.2.1 prints for the roadmap's code).
const R5 = {
  columns: ['Age', 'Salary', 'Experience', 'City_London', 'City_New York', 'City_Paris'],
  rows: [
    [-1.5, -1.52362350055011, -1.355261854357877, 0, 1, 0],
    [-0.5, -0.5860090386731193, -0.6776309271789385, 1, 0, 0],
    [0, 0.820412654142367, 0.45175395145262565, 0, 1, 0],
    [1.5, 1.2892198850808623, 1.5811388300841898, 0, 0, 1],
    [0.5, 0, 0, 1, 0, 0],
  ],
};
const TOL = 1e-12;

describe("articlePipeline: the roadmap's preprocessing example (rule R5)", () => {
  it('names the columns Age, Salary, Experience, City_London, City_New York, City_Paris', () => {
    expectClose(articlePipeline(article).columns, R5.columns, 0, 'articlePipeline(roadmap data).columns');
  });
  it('reproduces the R5 table to 1e-12', () => {
    expectClose(articlePipeline(article), R5, TOL, 'articlePipeline(roadmap data)');
  });
  it('agrees with the scikit-learn golden of the same code', () => {
    const c = g.cases[0]!;
    expectClose(c, { records: c.records, ...R5 }, TOL, 'the golden itself matches R5');
    expectClose(articlePipeline(c.records), { columns: c.columns, rows: c.rows }, TOL, `articlePipeline(${show(c.records)})`);
  });
  it('imputes the means (Age 32.5, Salary 66250) before scaling, so the filled cells scale to 0', () => {
    const { rows } = articlePipeline(article);
    expectClose([rows[2]![0], rows[4]![1]], [0, 0], TOL, 'scaled Age of row 2 and Salary of row 4 (the imputed cells)');
  });
  it('scales with the population standard deviation: Age in row 0 is -1.5, not -1.341641 (n - 1)', () => {
    const age0 = articlePipeline(article).rows[0]![0]!;
    expect(Math.abs(age0 - -1.341641) > 1e-3, `Age row 0 is ${age0}: that is the n - 1 (sample) standard deviation`).toBe(true);
    expectClose(age0, -1.5, TOL, 'Age in row 0');
  });
  it("runs the roadmap's code on other data: new cities, other missing cells (scikit-learn goldens)", () => {
    for (const c of g.cases.slice(1)) expectClose(articlePipeline(c.records), { columns: c.columns, rows: c.rows }, TOL, `articlePipeline(${show(c.records)})`);
  });
  it('leaves the input records unchanged', () => {
    const records = article.map((r) => ({ ...r }));
    articlePipeline(records);
    expect(records).toEqual(article);
  });
});
