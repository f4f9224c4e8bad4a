import { todo } from '@roadmap/todo';
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
  // TODO: work out the edges (np.linspace for a bin count: i * step + low, last edge = high),
  // then count each value in the bin whose edges hold it, the last bin closed.
  return todo('histogram');
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
  // TODO: build the SVG text; escape every label (&, <, >, ").
  return todo('renderBarChartSvg');
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
  // TODO
  return todo('renderScatterSvg');
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
  // TODO
  return todo('renderHeatmapSvg');
}
