// SPDX-License-Identifier: Apache-2.0
// Headless Chromium (Debian's) through puppeteer-core, with every console error
// and page error collected so that a test can assert there were none.
import puppeteer from 'puppeteer-core';

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
}

export async function open(browser, url, viewport = { width: 900, height: 700 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

// Counts the pixels of a PNG screenshot that are near `rgb` (decoded by the page's
// own canvas) and those that are not white.
export async function countPixels(page, png, rgb, tolerance = 40) {
  return page.evaluate(async (b64, [r, g, b], tol) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let near = 0;
    let drawn = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) <= tol) ++near;
      if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) ++drawn;
    }
    return { near, drawn, total: d.length / 4 };
  }, Buffer.from(png).toString('base64'), rgb, tolerance);
}
