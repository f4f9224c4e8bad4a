import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import type { CohortReport } from '../src/cohort-report/report-types.ts';
import { writeReport } from '../src/cohort-report/write-report.ts';
import { AS_OF, CURRICULUM, EXPECTED_MATRIX, fillReportFixture } from './_report-fixture.ts';

// The HTML report in a real headless Chromium (Debian's package): it renders with no console
// error and no request leaving the file, and every number on it equals the JSON report's.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
export const SCREENSHOT = path.join(graderWorkspace, '.roadmap', 'artifacts', 'cohort-report.png');

let dir: string;
let report: CohortReport;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const outside: string[] = [];

// CI installs Chromium; on a machine without it the test is skipped, never on CI.
describe.runIf(existsSync(CHROMIUM) || process.env.CI)('the HTML cohort report in headless Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-html-'));
    const db = path.join(dir, 'gb.sqlite');
    await fillReportFixture(db);
    const html = path.join(dir, 'report.html');
    await writeReport({ db, format: 'html', out: html, asOf: AS_OF, curriculum: CURRICULUM });
    report = JSON.parse((await writeReport({ db, format: 'json', asOf: AS_OF, curriculum: CURRICULUM })).stdout!) as CohortReport;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders with no console error and asks for nothing outside the file', () => {
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('shows the same students × stages matrix as the JSON report', async () => {
    const cells = await page.$$eval('table.heat tbody tr', (rows) =>
      rows.map((tr) => ({
        id: tr.getAttribute('data-student'),
        total: tr.querySelector('td.total')!.textContent,
        cells: [...tr.querySelectorAll('td[data-stage]')].map((td) => ({ stage: td.getAttribute('data-stage'), status: td.getAttribute('data-status'), passed: Number(td.getAttribute('data-passed')), total: Number(td.getAttribute('data-total')), text: td.textContent })),
      })),
    );
    const fromJson = report.students.map((s) => ({
      id: s.id,
      total: s.submission === 'graded' ? `${s.passed}/${s.total}` : s.submission === 'no-submission' ? 'no submission' : 'never graded',
      cells: report.stages.map((st) => {
        const c = s.stages[st.id]!;
        return { stage: st.id, status: c.status, passed: c.passed, total: c.total, text: c.status === 'no-submission' ? '–' : c.status === 'passed' ? '✔' : `${c.passed}/${c.total}` };
      }),
    }));
    expect(cells).toEqual(fromJson);
    // And the JSON report is the hand-worked one, so the page is too.
    expect(Object.fromEntries(cells.map((r) => [r.id, r.cells.map((c) => [c.status, c.passed])]))).toEqual(EXPECTED_MATRIX);
  });

  it('shows the pass rates, the most-failed tests and the stalled students of the JSON report', async () => {
    const rates = await page.$$eval('table.heat tfoot td[data-pass-rate]', (tds) => tds.map((td) => [td.getAttribute('data-stage'), Number(td.getAttribute('data-pass-rate')), td.textContent]));
    expect(rates).toEqual(report.stages.map((s) => [s.id, s.passRate, `${Math.round(s.passRate * 100)}%`]));
    const bars = await page.$$eval('#pass-rates g[data-stage]', (gs) => gs.map((g) => [g.getAttribute('data-stage'), Number(g.getAttribute('data-pass-rate'))]));
    expect(bars).toEqual(report.stages.map((s) => [s.id, s.passRate]));
    const failed = await page.$$eval('#most-failed tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(failed).toEqual(report.mostFailedTests.map((t) => [String(t.failures), t.stage, t.exercise, t.test]));
    const stuck = await page.$$eval('#stuck tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-student'), ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)]));
    expect(stuck).toEqual(report.stuck.map((s) => [s.id, s.stage, s.since.slice(0, 10), String(s.days)]));
    expect(await page.textContent('#kpi-students')).toBe(String(report.students.length));
    expect(await page.textContent('#kpi-stuck')).toBe(String(report.stuck.length));
  });

  it('draws the progress chart with a point per day and a sparkline per student', async () => {
    expect(await page.locator('#progress svg circle').count()).toBe(report.progress.cohort.length);
    expect(await page.locator('table.heat tbody tr td:last-child svg').count()).toBe(report.students.length);
  });

  it('sorts the heat map by a stage when its header is clicked', async () => {
    await page.click('table.heat th[data-sort="02-beta"]');
    const order = await page.$$eval('table.heat tbody tr', (rows) => rows.map((r) => r.getAttribute('data-student')));
    expect(order.slice(0, 2)).toEqual(['s1', 's7']);
    await page.click('table.heat th[data-sort="id"]');
    expect(problems).toEqual([]);
  });

  it('produces a screenshot', async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });
});
