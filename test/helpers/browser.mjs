// Shared set-up for the end-to-end checks: Debian's Chromium driven by playwright-core, and
// the examples server on a free port of 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveExamples } from '../../scripts/serve-examples.mjs';

export const artifactsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * Starts the examples server and a browser, and opens a page that records every page error,
 * console error and CSP violation, so a test can assert the page ran cleanly.
 */
export async function openExamples() {
  const server = await serveExamples({ port: 0 });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are judged by URL below; Chromium's console line does not name it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    // A platform without a certificate answers 404 at certificates/{id}.jws: that is the
    // registry protocol's "not certified", not a broken page.
    const expected = response.status() === 404 && /\/registry\/certificates\/[^/]+\.jws$/u.test(response.url());
    if (response.status() >= 400 && !expected) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    base: server.url.replace('localhost', '127.0.0.1'),
    page,
    problems,
    async screenshot(name) {
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
