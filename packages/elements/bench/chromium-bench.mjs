// What the element benchmarks share: a page in Debian's Chromium on a made-up origin whose
// requests are answered from memory (so no server's timing enters the figures), page helpers
// installed before any script runs, and the BENCH lines scripts/bench.mjs collects.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ORIGIN = 'http://bench.invalid';
const dist = fileURLToPath(new URL('../dist/browser/', import.meta.url));

// Runs in the page. "Painted" is the first task after the next animation frame, i.e. after the
// browser painted: it includes waiting for that frame (up to 16.7 ms at 60 Hz).
const pageHelpers = () => {
  window.painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
  window.median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
};

/**
 * Opens a page that loads the built standalone bundle of `tag` (dist/browser/{tag}.js) and waits
 * until the tag is defined, then runs `measure(page)`, and closes the browser whatever happens.
 * `respond(path)` may answer other requests (`{ contentType, body }` or `{ status }`).
 *
 * @param {{ tag: string, viewport: { width: number, height: number }, respond?: (path: string) => ({ contentType?: string, body?: string, status?: number } | undefined), measure: (page: import('playwright-core').Page) => Promise<void> }} options
 */
export async function benchInChromium({ tag, viewport, respond = () => undefined, measure }) {
  if (!existsSync(`${dist}${tag}.js`)) {
    console.error(`Missing ${dist}${tag}.js: build first (npm run build).`);
    process.exit(1);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (error) => console.error('pageerror:', error.message));
    await page.addInitScript(pageHelpers);
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const answer = respond(path);
      if (answer) return route.fulfill(answer);
      // The bundle and its lazy chunks.
      if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${dist}${path.slice(1)}`, 'utf8') });
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="/${tag}.js"></script></head><body></body></html>`,
      });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction((name) => customElements.get(name), tag);
    await measure(page);
  } finally {
    await browser.close();
  }
}

/** Prints one figure in milliseconds, rounded to 0.1 ms, as a BENCH line. */
export function reportMs(name, value, target) {
  console.log(`BENCH ${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit: 'ms', target })}`);
}
