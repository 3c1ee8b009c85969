import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openExamples } from '../helpers/browser.mjs';

let session;
before(async () => {
  session = await openExamples();
});
after(async () => session?.close());

test('the examples index renders in Chromium and loads the drop-in bundle without errors', async () => {
  const { page, base, problems } = session;
  const response = await page.goto(base);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').textContent(), 'dbi-kit');
  // The drop-in bundle is an ES module; wait until it has been evaluated.
  const bundle = await page.evaluate(async () => {
    const url = document.querySelector('script[type=module]').src;
    const module = await import(url);
    return Object.keys(module).sort();
  });
  assert.ok(bundle.includes('formatVnd'), `bundle exports: ${bundle.join(', ')}`);
  await session.screenshot('index');
  assert.deepEqual(problems, []);
});

test('unknown paths are a plain 404', async () => {
  const response = await session.page.goto(`${session.base}no-such-page`);
  assert.equal(response.status(), 404);
});
