import { describe, expect, it } from 'vitest';
import { histogram, renderBarChartSvg } from '../src/histogram-plot.ts';

describe('histogram-plot', () => {
  it('counts like np.histogram([1, 2, 2, 3, 4], bins=3): the last bin includes the maximum', () => {
    expect(histogram([1, 2, 2, 3, 4], 3)).toEqual({ counts: [1, 2, 2], binEdges: [1, 2, 3, 4] });
  });
  it('widens a single repeated value to [v - 0.5, v + 0.5]', () => {
    expect(histogram([5, 5, 5], 4).binEdges).toEqual([4.5, 4.75, 5, 5.25, 5.5]);
  });
  it('draws one bar per value', () => {
    const svg = renderBarChartSvg({ labels: ['a', 'b', 'c'], values: [1, 2, 3] });
    expect(svg.match(/<rect[^>]*class="bar"/g)?.length).toBe(3);
  });
});
