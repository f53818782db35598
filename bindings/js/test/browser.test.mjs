// SPDX-License-Identifier: Apache-2.0
// In headless Chromium: the package's checks (the same JSON as `jixiao target`,
// amounts, evaluate) and the demo page driven as a person would (typing, the DOM,
// a screenshot whose pixels are checked).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { serve } from './serve.mjs';
import { launch, open, countPixels } from './browser.mjs';
import { allTargets, native } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = process.env.JIXIAO_SCREENSHOTS ?? fileURLToPath(new URL('../../../build/wasm/screenshots', import.meta.url));
mkdirSync(shots, { recursive: true });
let server;
let browser;

before(async () => {
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('in the browser: every target as jixiao target prints it, amounts and evaluate', async () => {
  const targets = allTargets();
  const expected = native('target', targets);
  const { page, errors } = await open(browser, `${server.url}/demo/index.html`);
  const got = await page.evaluate(async (targets) => {
    const j = await import('/index.js');
    await j.load();
    let error;
    try { j.parseAmount('12..5'); } catch (e) { error = { name: e.name, offset: e.offset, expected: e.expected }; }
    return {
      one: targets.map((t) => JSON.stringify(j.parseTarget(t))),
      batch: j.parseTargets(targets).map((t) => JSON.stringify(t)),
      amount: j.parseAmount('349.80万元'),
      error,
      evaluation: j.evaluate('≥90%', '93.5'),
    };
  }, targets);
  assert.deepEqual(got.one, expected);
  assert.deepEqual(got.batch, expected);
  assert.deepEqual(got.amount, JSON.parse(native('amount', ['349.80万元'])[0]));
  assert.deepEqual(got.error, { name: 'JixiaoError', offset: 3, expected: 'digit after the decimal point' });
  assert.equal(got.evaluation.verdict, 'met');
  assert.deepEqual(errors, []);
});

test('the demo page: typing a 指标值 shows its reading and canonical form, an error underlined', async () => {
  const { page, errors } = await open(browser, `${server.url}/demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.type('#target', '≥90.00 (%)');
  assert.equal(await page.$eval('#reading', (e) => e.textContent), '比较：不低于 90.00 %');
  assert.equal(await page.$eval('#canonical', (e) => e.textContent), '≥90.00(%)');
  assert.equal(await page.$eval('#expected', (e) => e.textContent), '');

  // updating as one types: each key press re-checks
  await page.click('#target', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#target', '≥90%且x');
  assert.equal(await page.$eval('#reading', (e) => e.textContent), '无法解析');
  assert.equal(await page.$eval('#shown .offending', (e) => e.textContent), 'x');
  assert.equal(await page.$eval('#expected', (e) => e.textContent), '第 6 个字符：“且”之后应为另一个比较');
  assert.ok(await page.$eval('#target', (e) => e.classList.contains('bad')));

  const png = await page.screenshot({ path: `${shots}/demo-error.png` });
  const red = await countPixels(page, png, [0xc6, 0x28, 0x28]);
  assert.ok(red.near > 200, `red error pixels: ${red.near}`);  // the border, the underline, the message
  assert.ok(red.drawn > 5000, `drawn pixels: ${red.drawn}`);

  await page.keyboard.press('Backspace');
  await page.type('#target', '≤95%');
  assert.equal(await page.$eval('#reading', (e) => e.textContent), '区间：90 至 95 %（含两端）');
  assert.equal(await page.$eval('#canonical', (e) => e.textContent), '90-95(%)');
  await page.screenshot({ path: `${shots}/demo-ok.png` });
  assert.deepEqual(errors, []);
});

test('the demo page: table mode checks a pasted column', async () => {
  const { page, errors } = await open(browser, `${server.url}/demo/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#mode-table');
  const column = ['=100.00(%)', '及时', '≥', '下降或持平', '90%-', '2024年12月31日前完成'];
  await page.$eval('#column', (e, text) => {
    e.value = text;
    e.dispatchEvent(new Event('input'));
  }, column.join('\n') + '\n');
  const rows = await page.$$eval('#rows tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.equal(rows.length, column.length);
  assert.deepEqual(rows.map((r) => r[1]), column);
  assert.deepEqual(rows.map((r) => r[2]), ['比较', '定性', '错误', '趋势', '错误', '期限']);
  assert.equal(rows[0][3], '=100.00(%)');
  assert.equal(rows[2][4], '第 2 个字符：比较符号后应为数字');
  assert.equal(await page.$eval('#summary', (e) => e.textContent), '共 6 个指标值，2 个无法解析');
  assert.equal(await page.$$eval('#rows tr.invalid', (t) => t.length), 2);
  const png = await page.screenshot({ path: `${shots}/demo-table.png`, fullPage: true });
  const pink = await countPixels(page, png, [0xfd, 0xe8, 0xe8], 6);
  assert.ok(pink.near > 2000, `invalid-row pixels: ${pink.near}`);
  assert.deepEqual(errors, []);
});
