import { barChart, esc, lineChart, shareColor, sparkline } from './html-charts.ts';
import type { CohortReport } from './report-types.ts';

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const date = (iso: string) => iso.slice(0, 10);

const STYLE = `
:root{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f7f8fa}
body{margin:0 auto;max-width:1180px;padding:24px}
h1{margin:0 0 4px;font-size:24px}h2{font-size:17px;margin:0 0 10px}
header p{margin:0;color:#556}
section{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:16px 18px;margin:16px 0;overflow-x:auto}
.kpis{display:flex;gap:12px;margin-top:14px;flex-wrap:wrap}.kpi{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:8px 14px}.kpi b{display:block;font-size:20px}
table{border-collapse:collapse}th,td{padding:3px 6px;text-align:left}
table.heat td.cell{width:44px;text-align:center;font-variant-numeric:tabular-nums;border:2px solid #fff;font-size:12px}
table.heat td.none{background:repeating-linear-gradient(45deg,#eef0f3,#eef0f3 4px,#e2e5ea 4px,#e2e5ea 8px);color:#889}
table.heat th.stage{cursor:pointer;text-align:center;font-size:12px}table.heat th.sortable{cursor:pointer}
table.heat tbody th{font-weight:600;white-space:nowrap}table.heat tbody th small{display:block;font-weight:400;color:#667}
table.heat tfoot th,table.heat tfoot td{border-top:1px solid #ccd;font-size:12px;text-align:center}
td.total{font-variant-numeric:tabular-nums;white-space:nowrap}
.legend{display:flex;gap:10px;align-items:center;font-size:12px;color:#556;margin-top:8px}.legend i{display:inline-block;width:28px;height:12px;border-radius:2px}
table.list th{border-bottom:1px solid #ccd;font-size:12px;color:#445}table.list td{border-bottom:1px solid #eef0f3;vertical-align:top}
.count{font-variant-numeric:tabular-nums;text-align:right}.meter{display:inline-block;height:10px;background:#d9534f;border-radius:2px;vertical-align:middle;margin-right:6px}
svg text{font-size:12px;fill:#334}svg .track{fill:#eef0f3}svg .grid{stroke:#e3e6eb}svg .line{fill:none;stroke:#2f6fdf;stroke-width:2.5}svg circle{fill:#2f6fdf}svg .spark{fill:none;stroke:#2f6fdf;stroke-width:1.5}
.empty{color:#667}
`;

// Sorting the heat map by a column; the only script, and it needs nothing from outside the page.
const SCRIPT = `
document.querySelectorAll('table.heat th[data-sort]').forEach(function (th) {
  th.addEventListener('click', function () {
    var key = th.getAttribute('data-sort');
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var value = function (tr) {
      if (key === 'id') return tr.getAttribute('data-student');
      var el = key === 'total' ? tr : tr.querySelector('td[data-stage="' + key + '"]');
      return -Number(el.getAttribute('data-passed')) / Math.max(1, Number(el.getAttribute('data-total')));
    };
    rows.sort(function (a, b) { var x = value(a), y = value(b); return x < y ? -1 : x > y ? 1 : 0; });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
`;

/** One self-contained page (inline CSS and SVG, no network): the report for people who would rather look. */
export function formatHtml(report: CohortReport): string {
  const graded = report.students.filter((s) => s.submission === 'graded');
  const times = Object.values(report.progress.students).flat().map((p) => Date.parse(p.at));
  const range: [number, number] = [times.length ? Math.min(...times) : Date.parse(report.asOf), Date.parse(report.asOf)];
  const classShare = graded.length ? graded.reduce((a, s) => a + s.passed / Math.max(1, s.total), 0) / graded.length : 0;

  const head = report.stages
    .map((s) => `<th class="stage" scope="col" data-sort="${esc(s.id)}" title="${esc(`${s.id}: ${s.title}`)}">${esc(s.id.slice(0, 2))}</th>`)
    .join('');
  const rows = report.students
    .map((s) => {
      const cells = report.stages
        .map((st) => {
          const c = s.stages[st.id]!;
          const attrs = `data-stage="${esc(st.id)}" data-passed="${c.passed}" data-total="${c.total}" data-status="${c.status}"`;
          const tip = esc(`${s.id} · ${st.id}: ${c.status === 'no-submission' ? 'no submission' : `${c.passed} of ${c.total} exercises passed`}`);
          if (c.status === 'no-submission') return `<td class="cell none" ${attrs} title="${tip}">–</td>`;
          return `<td class="cell" ${attrs} title="${tip}" style="background:${shareColor(c.total ? c.passed / c.total : 0)}">${c.status === 'passed' ? '✔' : `${c.passed}/${c.total}`}</td>`;
        })
        .join('');
      const points = (report.progress.students[s.id] ?? []).map((p) => ({ t: Date.parse(p.at), v: p.passed }));
      const total = s.submission === 'graded' ? `${s.passed}/${s.total}` : s.submission === 'no-submission' ? 'no submission' : 'never graded';
      return `<tr data-student="${esc(s.id)}" data-passed="${s.passed}" data-total="${s.total}"><th scope="row">${esc(s.id)}<small>${esc(s.name)}</small></th>${cells}<td class="total">${total}</td><td>${sparkline(points, range, s.total, `${s.id}: exercises passed over time`)}</td></tr>`;
    })
    .join('\n');
  const rates = report.stages.map((s) => `<td data-stage="${esc(s.id)}" data-pass-rate="${s.passRate}">${Math.round(s.passRate * 100)}%</td>`).join('');
  const legend = [0, 0.25, 0.5, 0.75, 1].map((v) => `<i style="background:${shareColor(v)}"></i>${v * 100}%`).join(' ');

  const bars = barChart(
    report.stages.map((s) => ({ label: `${s.id}`, value: s.passRate, note: `${pct(s.passRate)} · ${s.completed} finished`, attrs: { 'data-stage': s.id, 'data-pass-rate': String(s.passRate) } })),
    1,
    'Pass rate per stage',
  );
  const line = lineChart(
    report.progress.cohort.map((p) => ({ t: Date.parse(`${p.date}T00:00:00Z`), y: p.share, label: `${p.date}: ${pct(p.share)} of all exercises passed` })),
    'Cohort progress over time',
  );
  const maxFail = Math.max(1, ...report.mostFailedTests.map((t) => t.failures));
  const failed = report.mostFailedTests.length
    ? `<table class="list"><thead><tr><th>Students failing</th><th>Stage</th><th>Exercise</th><th>Test</th></tr></thead><tbody>${report.mostFailedTests
        .map((t) => `<tr data-failures="${t.failures}"><td class="count"><span class="meter" style="width:${Math.round((t.failures / maxFail) * 80)}px"></span>${t.failures}</td><td>${esc(t.stage)}</td><td>${esc(t.exercise)}</td><td>${esc(t.test)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="empty">No failing tests.</p>`;
  const names = new Map(report.students.map((s) => [s.id, s.name]));
  const stuck = report.stuck.length
    ? `<table class="list"><thead><tr><th>Student</th><th>Stuck on</th><th>No new passing test since</th><th class="count">Days</th></tr></thead><tbody>${report.stuck
        .map((s) => `<tr data-student="${esc(s.id)}"><td>${esc(s.id)} <small>${esc(names.get(s.id) ?? '')}</small></td><td>${esc(s.stage)}</td><td>${date(s.since)}</td><td class="count">${s.days}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="empty">Nobody has gone ${report.stuckDays} days without a new passing test.</p>`;
  const json = JSON.stringify(report).replace(/</g, '\\u003c');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cohort report as of ${esc(date(report.asOf))}</title><style>${STYLE}</style></head>
<body>
<header><h1>Cohort report</h1><p>As of ${esc(report.asOf.slice(0, 16).replace('T', ' '))} UTC · generated ${esc(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC</p>
<div class="kpis"><div class="kpi"><b id="kpi-students">${report.students.length}</b>students</div><div class="kpi"><b id="kpi-graded">${graded.length}</b>with a graded submission</div><div class="kpi"><b id="kpi-share">${pct(classShare)}</b>of exercises passed (graded students)</div><div class="kpi"><b id="kpi-stuck">${report.stuck.length}</b>stalled ${report.stuckDays}+ days</div></div></header>
<section id="heatmap"><h2>Where everyone stands</h2>
<table class="heat"><thead><tr><th class="sortable" data-sort="id" scope="col">Student</th>${head}<th class="sortable" data-sort="total" scope="col">Total</th><th scope="col">Over time</th></tr></thead>
<tbody>
${rows}
</tbody><tfoot><tr><th scope="row">Pass rate</th>${rates}<td></td><td></td></tr></tfoot></table>
<div class="legend">Share of a stage's exercises passed: ${legend} · ✔ stage finished · striped: no submission. Click a column to sort.</div></section>
<section id="pass-rates"><h2>Pass rate per stage <small>(exercises passed, students with a submission)</small></h2>${bars}</section>
<section id="progress"><h2>The cohort's progress over time <small>(share of all exercises passed, whole roster)</small></h2>${line}</section>
<section id="most-failed"><h2>Most-failed tests</h2>${failed}</section>
<section id="stuck"><h2>Stalled students <small>(not finished, no new passing test for ${report.stuckDays}+ days)</small></h2>${stuck}</section>
<script type="application/json" id="report-data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
