/** Small inline-SVG charts for the HTML report: no script, no network, readable without colour. */

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const n2 = (x: number) => (Math.round(x * 100) / 100).toString();

/** A colour for a share in [0, 1]: pale red through amber to green. */
export function shareColor(share: number): string {
  const hue = Math.round(8 + share * 112);
  const light = Math.round(88 - share * 30);
  return `hsl(${hue} 62% ${light}%)`;
}

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar. */
  note: string;
  attrs?: Record<string, string>;
}

/** Horizontal bars, values in [0, max]. */
export function barChart(bars: Bar[], max: number, title: string): string {
  const row = 22;
  const labelW = 210;
  const barW = 360;
  const h = bars.length * row + 8;
  const items = bars
    .map((b, i) => {
      const y = 4 + i * row;
      const w = max > 0 ? (b.value / max) * barW : 0;
      const attrs = Object.entries(b.attrs ?? {}).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
      return `<g${attrs}><title>${esc(`${b.label}: ${b.note}`)}</title><text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text><rect x="${labelW}" y="${y + 3}" width="${barW}" height="${row - 8}" class="track"/><rect x="${labelW}" y="${y + 3}" width="${n2(w)}" height="${row - 8}" fill="${shareColor(max > 0 ? b.value / max : 0)}" stroke="#0003"/><text x="${labelW + barW + 8}" y="${y + 15}">${esc(b.note)}</text></g>`;
    })
    .join('');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 190} ${h}" width="${labelW + barW + 190}" height="${h}">${items}</svg>`;
}

export interface Point {
  /** Milliseconds since the epoch. */
  t: number;
  /** In [0, 1]. */
  y: number;
  label: string;
}

/** A line over time with a 0–100 % axis and dated ends. */
export function lineChart(points: Point[], title: string): string {
  const W = 660;
  const H = 220;
  const L = 44;
  const B = 28;
  if (!points.length) return `<p class="empty">No graded runs yet.</p>`;
  const t0 = points[0]!.t;
  const t1 = Math.max(points.at(-1)!.t, t0 + 1);
  const x = (t: number) => L + ((t - t0) / (t1 - t0)) * (W - L - 12);
  const y = (v: number) => 8 + (1 - v) * (H - B - 8);
  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) => `<line x1="${L}" x2="${W - 12}" y1="${n2(y(v))}" y2="${n2(y(v))}" class="grid"/><text x="${L - 6}" y="${n2(y(v) + 4)}" text-anchor="end">${v * 100}%</text>`).join('');
  const path = points.map((p) => `${n2(x(p.t))},${n2(y(p.y))}`).join(' ');
  const dots = points.map((p) => `<circle cx="${n2(x(p.t))}" cy="${n2(y(p.y))}" r="3"><title>${esc(p.label)}</title></circle>`).join('');
  const date = (t: number) => new Date(t).toISOString().slice(0, 10);
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${grid}<polyline points="${path}" class="line"/>${dots}<text x="${L}" y="${H - 8}">${date(t0)}</text><text x="${W - 12}" y="${H - 8}" text-anchor="end">${date(t1)}</text></svg>`;
}

/** A tiny step line of one student's passed exercises across a shared time range. */
export function sparkline(points: { t: number; v: number }[], range: [number, number], max: number, title: string): string {
  const W = 110;
  const H = 22;
  if (!points.length || max <= 0) return `<svg width="${W}" height="${H}" aria-label="${esc(title)}"></svg>`;
  const span = Math.max(range[1] - range[0], 1);
  const x = (t: number) => 2 + ((t - range[0]) / span) * (W - 4);
  const y = (v: number) => H - 2 - (v / max) * (H - 4);
  let d = `M${n2(x(points[0]!.t))},${n2(y(points[0]!.v))}`;
  for (let i = 1; i < points.length; i++) d += ` H${n2(x(points[i]!.t))} V${n2(y(points[i]!.v))}`;
  d += ` H${n2(x(range[1]))}`;
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title><path d="${d}" class="spark"/></svg>`;
}
