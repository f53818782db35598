// SPDX-License-Identifier: Apache-2.0
// Opens a report page in headless Chromium RUNS times (bench/report_bench.py):
// milliseconds to the load event and until the page's script has drawn every chart
// (body[data-ready]), the DOM's element count, and the console errors.
import { pathToFileURL } from 'node:url';
import { launch } from '../bindings/js/test/browser.mjs';

const [file, runs = '5'] = process.argv.slice(2);
const browser = await launch();
const load = [];
const ready = [];
let elements = 0;
const errors = [];
for (let i = 0; i < Number(runs); ++i) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(300000);
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const start = Date.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  load.push(Date.now() - start);
  await page.waitForSelector('body[data-ready="true"]');
  ready.push(Date.now() - start);
  elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
}
await browser.close();
const spread = (xs) => `${Math.min(...xs)} / ${[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]} / ${Math.max(...xs)} ms`;
console.log(`chromium: load ${spread(load)}; script done ${spread(ready)}; ${elements} DOM elements; console errors: ${errors.length}`);
