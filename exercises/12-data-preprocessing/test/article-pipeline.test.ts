import { describe, expect, it } from 'vitest';
import { articlePipeline } from '../src/article-pipeline.ts';

const data = [
  { Age: 25, Salary: 50000, City: 'New York', Experience: 2 },
  { Age: 30, Salary: 60000, City: 'London', Experience: 5 },
  { Age: null, Salary: 75000, City: 'New York', Experience: 10 },
  { Age: 40, Salary: 80000, City: 'Paris', Experience: 15 },
  { Age: 35, Salary: null, City: 'London', Experience: 8 },
];

describe('article-pipeline', () => {
  it('drops City and appends one column per city', () => {
    expect(articlePipeline(data).columns).toEqual(['Age', 'Salary', 'Experience', 'City_London', 'City_New York', 'City_Paris']);
  });
  it('gives the first row of the article: Age -1.5 (population std), New York one-hot', () => {
    const [age, salary, experience, ...cities] = articlePipeline(data).rows[0]!;
    expect(age).toBeCloseTo(-1.5, 12);
    expect(salary).toBeCloseTo(-1.52362350055011, 12);
    expect(experience).toBeCloseTo(-1.355261854357877, 12);
    expect(cities).toEqual([0, 1, 0]);
  });
});
