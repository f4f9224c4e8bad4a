import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueError } from '@impl/12-data-preprocessing/_errors';
import { histogram, renderBarChartSvg, renderHeatmapSvg, renderScatterSvg } from '@impl/12-data-preprocessing/histogram-plot';
import { expectClose, expectThrows, golden, show } from './_kit.ts';
import { findAll, numAttr, parseXml, type XmlElement } from './_svg.ts';

interface Case { label: string; values: number[]; bins: number | number[]; range: [number, number] | null; density: boolean; counts: number[]; binEdges: number[] }
interface G {
  cases: Case[];
  errors: { label: string; values: number[]; bins: number | number[]; range: [number, number] | null }[];
  nanWithRange: { values: number[]; bins: number; range: [number, number]; counts: number[]; binEdges: number[] };
}
const g = golden<G>('histogram-plot');
const call = (c: { values: number[]; bins: number | number[]; range: [number, number] | null; density?: boolean }) =>
  histogram(c.values, c.bins, { ...(c.range ? { range: c.range } : {}), ...(c.density ? { density: true } : {}) });
const label = (c: Case) => `histogram(${show(c.values.length > 30 ? `${c.values.length} values` : c.values)}, ${show(c.bins)}, ${show({ range: c.range, density: c.density })}) ("${c.label}")`;
const cases = (pred: (c: Case) => boolean) => {
  const out = g.cases.filter(pred);
  expect(out.length).toBeGreaterThan(0);
  return out;
};

describe('histogram (np.histogram goldens)', () => {
  it('places the bin edges like np.linspace over [min, max]', () => {
    for (const c of cases((x) => typeof x.bins === 'number' && !x.range)) expectClose(call(c).binEdges, c.binEdges, 1e-12, label(c));
  });
  it('counts with half-open bins, the last bin closed (the maximum is counted)', () => {
    for (const c of cases((x) => !x.density)) expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, label(c));
  });
  it('puts a value lying exactly on an interior edge into the bin on its right', () => {
    for (const c of cases((x) => x.label.includes('edges') && !x.density)) expectClose(call(c).counts, c.counts, 0, label(c));
  });
  it('widens a zero range to [v - 0.5, v + 0.5] and uses [0, 1] for no values', () => {
    for (const c of cases((x) => x.label === 'one distinct value' || x.label === 'empty')) expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, label(c));
  });
  it('counts only values inside an explicit range', () => {
    for (const c of cases((x) => x.range !== null && !x.density)) expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, label(c));
  });
  it('takes an array of bin edges as the bins', () => {
    for (const c of cases((x) => Array.isArray(x.bins) && !x.density)) expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, label(c));
  });
  it('normalises to a density that integrates to 1', () => {
    for (const c of cases((x) => x.density)) expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, label(c));
  });
  it('ignores NaN when the range is given', () => {
    const c = g.nanWithRange;
    expectClose(call(c), { counts: c.counts, binEdges: c.binEdges }, 1e-12, `histogram(${show(c.values)}, 2, { range: [0, 2] })`);
  });
  it('throws ValueError where NumPy raises (zero bins, decreasing edges, NaN with an automatic range, min > max)', () => {
    for (const e of g.errors) expectThrows(() => call(e), ValueError, `histogram(${show(e.values)}, ${show(e.bins)}, ${show({ range: e.range })}) ("${e.label}")`);
  });
  it('assigns every in-range value to the one bin whose edges hold it (property)', () => {
    // Oracle: a linear scan over the returned edges, edges[i] <= x < edges[i+1], the last bin closed.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (xs, bins) => {
        const { counts, binEdges } = histogram(xs, bins);
        expect(binEdges.length).toBe(bins + 1);
        const expected = new Array<number>(bins).fill(0);
        for (const x of xs) {
          for (let i = 0; i < bins; i++) {
            if (binEdges[i]! <= x && (x < binEdges[i + 1]! || (i === bins - 1 && x === binEdges[bins]))) {
              expected[i]! += 1;
              break;
            }
          }
        }
        expect(counts).toEqual(expected);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(xs.length);
      }),
    );
  });
});

// ---- SVG charts: parsed with a strict XML parser and checked for structure and proportions ----

const svgRoot = (svg: string, width: number, height: number): XmlElement => {
  expect(typeof svg).toBe('string');
  const root = parseXml(svg);
  expect(root.name, 'the root element').toBe('svg');
  expect(root.attrs.xmlns, 'the root xmlns').toBe('http://www.w3.org/2000/svg');
  expect([Number(root.attrs.width), Number(root.attrs.height)], 'width and height').toEqual([width, height]);
  expect((root.attrs.viewBox ?? '').trim().split(/[\s,]+/).map(Number), 'viewBox').toEqual([0, 0, width, height]);
  return root;
};
const textsOf = (root: XmlElement, cls: string) => findAll(root, 'text', cls).map((t) => t.text);
const near = (a: number, b: number, tol: number, what: string) => {
  if (!(Math.abs(a - b) <= tol)) throw new Error(`${what}: expected about ${b}, got ${a} (tolerance ${tol})`);
};
const inside = (v: number, lo: number, hi: number, what: string) => {
  if (!(v >= lo - 1e-6 && v <= hi + 1e-6)) throw new Error(`${what} = ${v} is outside [${lo}, ${hi}]`);
};

describe('renderBarChartSvg (SVG structure)', () => {
  const spec = { labels: ['Paris', 'London', 'R&D <beta>', '"Q"'], values: [3, 12, 0, 7.5], width: 500, height: 300, title: 'Cities & <counts>', xLabel: 'City', yLabel: 'People' };
  it('draws one <rect class="bar"> per value inside an <svg> with the requested size', () => {
    const root = svgRoot(renderBarChartSvg(spec), 500, 300);
    expect(findAll(root, 'rect', 'bar').length).toBe(spec.values.length);
  });
  it('makes bar heights proportional to the values, on a common baseline, equal widths, left to right', () => {
    const bars = findAll(svgRoot(renderBarChartSvg(spec), 500, 300), 'rect', 'bar');
    const box = bars.map((b) => ({ x: numAttr(b, 'x'), y: numAttr(b, 'y'), w: numAttr(b, 'width'), h: numAttr(b, 'height') }));
    const hMax = box[1]!.h;
    expect(hMax, 'the tallest bar has a height').toBeGreaterThan(0);
    box.forEach((b, i) => {
      near(b.h, (spec.values[i]! / 12) * hMax, 0.005 * hMax + 0.01, `height of bar ${i} (value ${spec.values[i]})`);
      near(b.y + b.h, box[0]!.y + box[0]!.h, 0.01, `baseline of bar ${i}`);
      near(b.w, box[0]!.w, 0.01, `width of bar ${i}`);
      expect(b.w).toBeGreaterThan(0);
      if (i > 0) expect(b.x, `x of bar ${i} after bar ${i - 1}`).toBeGreaterThan(box[i - 1]!.x);
      inside(b.x, 0, 500, `x of bar ${i}`);
      inside(b.x + b.w, 0, 500, `right edge of bar ${i}`);
      inside(b.y, 0, 300, `top of bar ${i}`);
      inside(b.y + b.h, 0, 300, `bottom of bar ${i}`);
    });
  });
  it('writes the labels, title and axis labels as escaped text', () => {
    const root = svgRoot(renderBarChartSvg(spec), 500, 300);
    expectClose(
      { ticks: textsOf(root, 'tick'), title: textsOf(root, 'title'), x: textsOf(root, 'x-label'), y: textsOf(root, 'y-label') },
      { ticks: spec.labels, title: [spec.title], x: ['City'], y: ['People'] },
      0,
      'the text elements of the bar chart',
    );
  });
  it('leaves out the title and axis labels when not given', () => {
    const root = svgRoot(renderBarChartSvg({ labels: ['a'], values: [1], width: 200, height: 150 }), 200, 150);
    expect([...textsOf(root, 'title'), ...textsOf(root, 'x-label'), ...textsOf(root, 'y-label')]).toEqual([]);
  });
  it('draws all-zero values as zero-height bars, without NaN', () => {
    const bars = findAll(svgRoot(renderBarChartSvg({ labels: ['a', 'b'], values: [0, 0], width: 300, height: 200 }), 300, 200), 'rect', 'bar');
    expect(bars.map((b) => numAttr(b, 'height'))).toEqual([0, 0]);
  });
  it('throws ValueError for negative values or labels and values of different lengths', () => {
    expectThrows(() => renderBarChartSvg({ labels: ['a', 'b'], values: [1, -2] }), ValueError, 'a negative bar value');
    expectThrows(() => renderBarChartSvg({ labels: ['a'], values: [1, 2] }), ValueError, '1 label for 2 values');
  });
  it('keeps heights proportional for any values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((v) => v.some((x) => x > 0)), (values) => {
        const svg = renderBarChartSvg({ labels: values.map((_, i) => `b${i}`), values, width: 640, height: 400 });
        const hs = findAll(svgRoot(svg, 640, 400), 'rect', 'bar').map((b) => numAttr(b, 'height'));
        const max = Math.max(...values);
        const hMax = hs[values.indexOf(max)]!;
        hs.forEach((h, i) => near(h, (values[i]! / max) * hMax, 0.005 * hMax + 0.01, `bar ${i} of ${show(values)}`));
      }),
      { numRuns: 40 },
    );
  });
});

describe('renderScatterSvg (SVG structure)', () => {
  const x = [1, 4, -2, 10, 3];
  const y = [5, -1, 2, 8, 2];
  it('draws one <circle class="point"> per point', () => {
    const root = svgRoot(renderScatterSvg({ x, y, width: 400, height: 300 }), 400, 300);
    expect(findAll(root, 'circle', 'point').length).toBe(x.length);
  });
  it('maps x to cx increasing and y to cy decreasing, both linearly, inside the view box', () => {
    const pts = findAll(svgRoot(renderScatterSvg({ x, y, width: 400, height: 300 }), 400, 300), 'circle', 'point').map((c) => ({ cx: numAttr(c, 'cx'), cy: numAttr(c, 'cy'), r: numAttr(c, 'r') }));
    const lin = (vs: number[], ps: number[], what: string, sign: 1 | -1) => {
      const lo = vs.indexOf(Math.min(...vs));
      const hi = vs.indexOf(Math.max(...vs));
      const span = ps[hi]! - ps[lo]!;
      expect(sign * span, `${what}: the largest value must be ${sign > 0 ? 'right of' : 'above'} the smallest`).toBeGreaterThan(0);
      vs.forEach((v, i) => near(ps[i]!, ps[lo]! + ((v - vs[lo]!) / (vs[hi]! - vs[lo]!)) * span, 0.01 * Math.abs(span) + 0.01, `${what} of point ${i}`));
    };
    lin(x, pts.map((p) => p.cx), 'cx', 1);
    lin(y, pts.map((p) => p.cy), 'cy', -1);
    pts.forEach((p, i) => {
      inside(p.cx, 0, 400, `cx of point ${i}`);
      inside(p.cy, 0, 300, `cy of point ${i}`);
      expect(p.r).toBeGreaterThan(0);
    });
  });
  it('gives finite, equal coordinates when every x is the same', () => {
    const pts = findAll(svgRoot(renderScatterSvg({ x: [2, 2, 2], y: [1, 2, 3], width: 300, height: 200 }), 300, 200), 'circle', 'point');
    const cx = pts.map((p) => numAttr(p, 'cx'));
    expect(new Set(cx).size, `cx values ${show(cx)}`).toBe(1);
  });
  it('writes the title and axis labels as escaped text', () => {
    const root = svgRoot(renderScatterSvg({ x, y, width: 400, height: 300, title: 'x < y & more', xLabel: 'Age', yLabel: 'Salary' }), 400, 300);
    expectClose({ title: textsOf(root, 'title'), x: textsOf(root, 'x-label'), y: textsOf(root, 'y-label') }, { title: ['x < y & more'], x: ['Age'], y: ['Salary'] }, 0, 'the text elements of the scatter plot');
  });
  it('throws ValueError when x and y differ in length', () => {
    expectThrows(() => renderScatterSvg({ x: [1, 2], y: [1] }), ValueError, 'x of length 2, y of length 1');
  });
});

describe('renderHeatmapSvg (SVG structure)', () => {
  const matrix = [
    [1, 0.5, -1],
    [0.25, 1, 0],
  ];
  const spec = { matrix, rowLabels: ['Age', 'Salary'], colLabels: ['Age', 'Salary', 'Exp & Co'], width: 400, height: 300, title: 'Correlation' };
  it('draws one <rect class="cell"> per entry, row by row', () => {
    expect(findAll(svgRoot(renderHeatmapSvg(spec), 400, 300), 'rect', 'cell').length).toBe(6);
  });
  it('lays the cells out on a grid: x by column, y by row', () => {
    const cells = findAll(svgRoot(renderHeatmapSvg(spec), 400, 300), 'rect', 'cell').map((c) => ({ x: numAttr(c, 'x'), y: numAttr(c, 'y'), w: numAttr(c, 'width'), h: numAttr(c, 'height') }));
    const at = (i: number, j: number) => cells[i * 3 + j]!;
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++) {
        near(at(i, j).x, at(0, j).x, 0.01, `x of cell (${i}, ${j}) vs its column`);
        near(at(i, j).y, at(i, 0).y, 0.01, `y of cell (${i}, ${j}) vs its row`);
        expect(at(i, j).w).toBeGreaterThan(0);
        expect(at(i, j).h).toBeGreaterThan(0);
        if (j > 0) expect(at(i, j).x).toBeGreaterThan(at(i, j - 1).x);
        if (i > 0) expect(at(i, j).y).toBeGreaterThan(at(i - 1, j).y);
        inside(at(i, j).x + at(i, j).w, 0, 400, `right edge of cell (${i}, ${j})`);
        inside(at(i, j).y + at(i, j).h, 0, 300, `bottom edge of cell (${i}, ${j})`);
      }
  });
  it('sets fill-opacity to (v - min) / (max - min)', () => {
    const cells = findAll(svgRoot(renderHeatmapSvg(spec), 400, 300), 'rect', 'cell');
    matrix.flat().forEach((v, k) => near(numAttr(cells[k]!, 'fill-opacity'), (v - -1) / (1 - -1), 2e-3, `fill-opacity of cell ${k} (value ${v})`));
  });
  it('writes row and column labels and the title as escaped text', () => {
    const root = svgRoot(renderHeatmapSvg(spec), 400, 300);
    expectClose({ rows: textsOf(root, 'row-label'), cols: textsOf(root, 'col-label'), title: textsOf(root, 'title') }, { rows: spec.rowLabels, cols: spec.colLabels, title: ['Correlation'] }, 0, 'the text elements of the heat map');
  });
  it('throws ValueError for a ragged matrix or labels of the wrong length', () => {
    expectThrows(() => renderHeatmapSvg({ matrix: [[1, 2], [3]] }), ValueError, 'a ragged matrix');
    expectThrows(() => renderHeatmapSvg({ matrix, rowLabels: ['only one'] }), ValueError, '1 row label for 2 rows');
  });
});
