// SPDX-License-Identifier: Apache-2.0
// `jixiao report` in headless Chromium (Debian's, through the puppeteer-core of
// bindings/js): the page of the Hongkou document with its actuals opens from disk
// with no request beyond itself and no console error, every chart is drawn
// (pixels of the screenshot of its area), the DOM holds the 合计 of
// `jixiao summary --format json` and a card per declaration, the severity filters
// hide and un-highlight, and the print layout drops the filters.
//
// env: JIXIAO_CLI (the program), JIXIAO_DATA (tests/data), JIXIAO_REPORT_OUT (a
// directory for the page and the screenshots).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { launch, open, countPixels } from '../../bindings/js/test/browser.mjs';

const cli = process.env.JIXIAO_CLI;
const data = process.env.JIXIAO_DATA;
const out = process.env.JIXIAO_REPORT_OUT;
assert.ok(cli && data && out, 'JIXIAO_CLI, JIXIAO_DATA and JIXIAO_REPORT_OUT must be set');
mkdirSync(out, { recursive: true });

const hongkou = join(data, 'corpus', 'hongkou-court-2024.txt');
const actuals = join(data, 'score', 'hongkou-court-2024.actuals.json');
const pagePath = join(out, 'hongkou-report.html');
const charts = ['chart-level1', 'chart-kinds', 'chart-funds', 'chart-scores', 'chart-grades'];
let browser;

before(async () => {
  execFileSync(cli, ['report', hongkou, '--actuals', actuals, '--output', pagePath, '--quiet']);
  browser = await launch();
});
after(async () => { await browser?.close(); });

async function openReport() {
  const url = pathToFileURL(pagePath).href;
  const page = await browser.newPage();
  const foreign = [];
  page.on('request', (r) => { if (r.url() !== url && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  await page.close();
  const opened = await open(browser, url, { width: 1280, height: 900 });
  opened.page.on('request', (r) => { if (r.url() !== url && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  await opened.page.reload({ waitUntil: 'load' });
  await opened.page.waitForSelector('body[data-ready="true"]');
  return { ...opened, foreign };
}

test('the page: totals, cards, every chart drawn, no request and no console error', async () => {
  const { page, errors, foreign } = await openReport();
  const summary = JSON.parse(execFileSync(cli, ['summary', hongkou, '--format', 'json'], { encoding: 'utf8' }));
  const total = await page.$$eval('#summary-table tr.total td', (tds) => tds.map((td) => td.textContent));
  assert.equal(total[1], '合计');
  assert.equal(total[5].replaceAll(',', ''), summary.total.total);
  assert.equal(total[6].replaceAll(',', ''), summary.total.annual);
  assert.equal(total[12], String(summary.total.indicators.total));
  assert.deepEqual(total.slice(7, 11), ['产出指标', '成本指标', '效益指标', '满意度指标'].map((k) => String(summary.total.indicators[k])));
  assert.equal(await page.$$eval('article.declaration', (a) => a.length), summary.declarations.length);
  assert.deepEqual(
    await page.$$eval('article.declaration h2', (hs) => hs.map((h) => h.lastChild.textContent.trim())),
    summary.declarations.map((d) => d.name));

  for (const id of charts) {
    const el = await page.$(`#${id}`);
    assert.ok(el, id);
    assert.ok(await el.$('svg'), `${id} has an ECharts drawing`);
    await el.scrollIntoView();
    const png = await el.screenshot({ path: join(out, `${id}.png`) });
    // ECharts' first colour (#5470c6) and, in all, a good part of the area drawn
    const blue = await countPixels(page, png, [0x54, 0x70, 0xc6]);
    assert.ok(blue.near > 500, `${id}: ${blue.near} pixels of the first series`);
    assert.ok(blue.drawn > blue.total * 0.05, `${id}: ${blue.drawn} of ${blue.total} pixels drawn`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, 'report.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
});

test('the severity filters hide findings and their highlight; print drops the filters', async () => {
  const { page, errors } = await openReport();
  const visible = (sev) => page.$$eval(`.finding[data-severity="${sev}"]`,
    (fs) => fs.filter((f) => getComputedStyle(f).display !== 'none').length);
  const warnings = await visible('warning');
  assert.ok(warnings > 0);
  assert.equal(warnings, Number(await page.$eval('#count-warning', (e) => e.textContent)));
  assert.ok(await page.$$eval('tr.indicator.hl-warning', (r) => r.length) > 0);

  await page.click('#filters input[data-severity="warning"]');
  assert.equal(await visible('warning'), 0);
  assert.equal(await page.$$eval('tr.indicator.hl-warning', (r) => r.length), 0);
  assert.ok(await visible('info') > 0);

  // nothing ticked and only cards with findings: every card hidden
  await page.click('#filters input[data-severity="info"]');
  await page.click('#filters input[data-severity="error"]');
  await page.click('#only-with-findings');
  assert.equal(await page.$$eval('article.declaration', (a) => a.filter((c) => !c.hidden).length), 0);
  await page.click('#filters input[data-severity="warning"]');
  const shown = await page.$$eval('article.declaration', (a) => a.filter((c) => !c.hidden).map((c) => c.id));
  assert.ok(shown.length > 0 && shown.length <= 7, shown.join(' '));
  assert.ok(await page.$$eval('tr.indicator.hl-warning', (r) => r.length) > 0);

  await page.emulateMediaType('print');
  assert.equal(await page.$eval('#filters', (e) => getComputedStyle(e).display), 'none');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  assert.ok(pdf.length > 10000, `PDF of ${pdf.length} bytes`);
  assert.deepEqual(errors, []);
});
