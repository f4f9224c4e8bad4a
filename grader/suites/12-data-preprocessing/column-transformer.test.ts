import { describe, expect, it } from 'vitest';
import { KeyError, NotFittedError, ValueError } from '@impl/12-data-preprocessing/_errors';
import type { Cell, Row } from '@impl/12-data-preprocessing/_types';
import { ColumnTransformer, Pipeline, type TransformerSpec } from '@impl/12-data-preprocessing/column-transformer';
import { expectClose, expectThrows, golden, show } from './_kit.ts';
import { build, type Desc, type Fittable, RefImputer, RefScaler, Spy } from './_transformers.ts';

interface Case {
  label: string; records: Row[]; transformers: [string, Desc, string[]][]; remainder: 'drop' | 'passthrough'; verbose: boolean;
  transform: Cell[][]; names: string[]; featureNamesIn: string[]; newRecords?: Row[]; transformNew?: Cell[][];
}
interface G {
  cases: Case[];
  pipeline: { desc: Desc; X: number[][]; transform: number[][]; names: string[] };
  duplicateNamesError: boolean;
}
const g = golden<G>('column-transformer');
const TOL = 1e-12;

const makePipeline = (steps: [string, Fittable][]) => new Pipeline(steps);
const specsOf = (c: Case): TransformerSpec[] => c.transformers.map(([name, desc, cols]) => [name, build(desc, makePipeline), cols] as TransformerSpec);
const make = (c: Case) => new ColumnTransformer(specsOf(c), { remainder: c.remainder, verboseFeatureNamesOut: c.verbose });
const label = (c: Case) => `ColumnTransformer(${show(c.transformers)}, { remainder: '${c.remainder}', verboseFeatureNamesOut: ${c.verbose} }) on "${c.label}"`;
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};

describe('ColumnTransformer (scikit-learn goldens)', () => {
  it('prefixes output names with the transformer name: num__Age, cat__City_London', () => {
    const c = cases((x) => x.label.startsWith('num + cat, remainder drop'))[0]!;
    expectClose(make(c).fit(c.records).getFeatureNamesOut(), c.names, 0, label(c));
  });
  it('stacks the transformer outputs side by side, in the order of the list', () => {
    for (const c of cases((x) => x.remainder === 'drop')) {
      const ct = make(c);
      expectClose({ transform: ct.fitTransform(c.records), names: ct.getFeatureNamesOut() }, { transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it("appends the unlisted columns, in data order, with remainder: 'passthrough' (remainder__Name)", () => {
    for (const c of cases((x) => x.remainder === 'passthrough')) {
      const ct = make(c);
      expectClose({ transform: ct.fitTransform(c.records), names: ct.getFeatureNamesOut() }, { transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it("copies 'passthrough' columns, leaves out 'drop' ones, and uses bare names without verboseFeatureNamesOut", () => {
    for (const c of cases((x) => !x.verbose)) {
      const ct = make(c);
      expectClose({ transform: ct.fitTransform(c.records), names: ct.getFeatureNamesOut() }, { transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it('skips a transformer given no columns', () => {
    for (const c of cases((x) => x.transformers.some(([, , cols]) => cols.length === 0))) {
      const ct = make(c);
      expectClose({ transform: ct.fitTransform(c.records), names: ct.getFeatureNamesOut() }, { transform: c.transform, names: c.names }, TOL, label(c));
    }
  });
  it('transforms new records with what fit learned (an unseen city is all zeros)', () => {
    for (const c of cases((x) => x.newRecords !== undefined)) {
      expectClose(make(c).fit(c.records).transform(c.newRecords!), c.transformNew!, TOL, `${label(c)}, then transform(${show(c.newRecords)})`);
    }
  });
  it('records the input columns in data order (featureNamesIn)', () => {
    for (const c of g.cases) expectClose(make(c).fit(c.records).featureNamesIn, c.featureNamesIn, 0, label(c));
  });
  it('refuses duplicate bare output names with ValueError', () => {
    expect(g.duplicateNamesError).toBe(true);
    const c = g.cases[0]!;
    const ct = new ColumnTransformer([['a', 'passthrough', ['Age']], ['b', new RefScaler(), ['Age']]], { verboseFeatureNamesOut: false }).fit(c.records);
    expectThrows(() => ct.getFeatureNamesOut(), ValueError, "getFeatureNamesOut with 'Age' from two transformers and verboseFeatureNamesOut false");
  });
});

describe('ColumnTransformer mechanics', () => {
  const records: Row[] = [
    { a: 1, b: 'x', c: 10 },
    { a: 2, b: 'y', c: 20 },
    { a: 3, b: null, c: 30 },
  ];
  it('fits each transformer on exactly its own columns, in the order given', () => {
    const s1 = new Spy();
    const s2 = new Spy();
    new ColumnTransformer([['one', s1, ['c', 'a']], ['two', s2, ['b']]]).fit(records);
    expectClose({ one: s1.fitted, two: s2.fitted }, { one: [[[10, 1], [20, 2], [30, 3]]], two: [[['x'], ['y'], [null]]] }, 0, 'what each transformer received in fit');
  });
  it('passes each transformer its column names to getFeatureNamesOut', () => {
    const ct = new ColumnTransformer([['one', new Spy('s'), ['c', 'a']]], { remainder: 'passthrough' }).fit(records);
    expectClose(ct.getFeatureNamesOut(), ['one__s(c)', 'one__s(a)', 'remainder__b'], 0, 'names from a transformer that wraps its input names');
  });
  it('throws NotFittedError before fit', () => {
    const ct = new ColumnTransformer([['one', new Spy(), ['a']]]);
    expectThrows(() => ct.transform(records), NotFittedError, 'transform before fit');
    expectThrows(() => ct.getFeatureNamesOut(), NotFittedError, 'getFeatureNamesOut before fit');
  });
  it('throws KeyError for a column the data does not have', () => {
    expectThrows(() => new ColumnTransformer([['one', new Spy(), ['zzz']]]).fit(records), KeyError, "fit with a transformer on column 'zzz'");
  });
  it('returns this from fit', () => {
    const ct = new ColumnTransformer([['one', new Spy(), ['a']]]);
    expect(ct.fit(records)).toBe(ct);
  });
});

describe('Pipeline', () => {
  it('chains an imputer and a scaler like scikit-learn (transform and names)', () => {
    const p = g.pipeline;
    const pipe = build(p.desc, makePipeline) as Pipeline;
    pipe.fit(p.X);
    expectClose({ transform: pipe.transform(p.X), names: pipe.getFeatureNamesOut(['Age', 'Salary']) }, { transform: p.transform, names: p.names }, TOL, `Pipeline(${show(p.desc)}) on ${show(p.X)}`);
  });
  it('fits each step on the output of the steps before it', () => {
    const first = new RefImputer('mean');
    const spy = new Spy();
    new Pipeline([['imp', first], ['spy', spy]]).fit([[1], [NaN], [5]]);
    expectClose(spy.fitted, [[[1], [3], [5]]], 0, 'what the second step received in fit after a mean imputer');
  });
  it('exposes its steps by name and returns this from fit', () => {
    const a = new Spy();
    const pipe = new Pipeline([['a', a]]);
    expect(pipe.fit([[1]])).toBe(pipe);
    expect(pipe.namedSteps.a).toBe(a);
  });
  it('throws NotFittedError before fit', () => {
    expectThrows(() => new Pipeline([['a', new Spy()]]).transform([[1]]), NotFittedError, 'Pipeline.transform before fit');
  });
});
