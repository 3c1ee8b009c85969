// Benchmark of <dbi-platform-picker> in Chromium with 10,000 platforms, on the built standalone
// bundle (dist/browser/dbi-platform-picker.js): keystroke → updated list painted (the input
// event, the client-side search over the whole registry, and the re-rendered cards; "painted"
// also waits for the next animation frame, up to 16.7 ms at 60 Hz), and the
// first load (registry fetched, validated and indexed → first cards painted).
// Prints figures only (BENCH lines for scripts/bench.mjs); nothing is asserted.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generatedRegistry } from './generated-registry.mjs';

const dist = fileURLToPath(new URL('../dist/browser/', import.meta.url));
if (!existsSync(`${dist}dbi-platform-picker.js`)) {
  console.error(`Missing ${dist}dbi-platform-picker.js: build first (npm run build).`);
  process.exit(1);
}

const COUNT = 10_000;
const ORIGIN = 'http://bench.invalid';
const files = generatedRegistry(COUNT);
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="/dbi-platform-picker.js"></script></head><body></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('pageerror:', error.message));
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.startsWith('/registry/')) {
      const body = files[path.slice('/registry/'.length)];
      return body ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }) : route.fulfill({ status: 404, body: '' });
    }
    if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${dist}${path.slice(1)}`, 'utf8') });
    return route.fulfill({ contentType: 'text/html', body: PAGE });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => customElements.get('dbi-platform-picker'));

  const figures = await page.evaluate(async () => {
    const painted = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        }),
      );
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const cards = (el) => el.shadowRoot.querySelectorAll('[part=card]');

    const loadStart = performance.now();
    const el = document.createElement('dbi-platform-picker');
    el.setAttribute('registry', '/registry/');
    document.body.append(el);
    while (cards(el).length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    await painted();
    const firstLoad = performance.now() - loadStart;

    const input = el.shadowRoot.querySelector('#q');
    const queries = ['k', 'ke', 'ke ', 'ke t', 'ke to', 'ke toa', 'ke toan', 'b', 'ba', 'ban', 'ban h', 'ban hang', 'kho', 'hoa don', 'van tai'];
    const times = [];
    const rendered = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        // The picker replaces its private `load` state when a search answers; read only to time it.
        const before = el.load;
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const deadline = start + 2000;
        while (el.load === before && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 0));
        await el.updateComplete;
        rendered.push(performance.now() - start);
        await painted();
        times.push(performance.now() - start);
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { firstLoad, keystroke: median(times), rendered: median(rendered), p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)], n: times.length };
  });

  const round = (ms) => Math.round(ms * 10) / 10;
  const report = (name, value, target) => console.log(`BENCH ${JSON.stringify({ name, value: round(value), unit: 'ms', target })}`);
  report(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list rendered (DOM ready, before paint), median of ${figures.n}`, figures.rendered, '≤ 16 ms');
  report(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list painted (includes waiting for the next frame), median of ${figures.n}`, figures.keystroke);
  report(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: keystroke → updated list painted, 95th percentile`, figures.p95);
  report(`<dbi-platform-picker>, ${COUNT.toLocaleString('en-US')} platforms: registry fetched, validated, indexed → first cards painted`, figures.firstLoad);
} finally {
  await browser.close();
}
