// The built Storybook (npm run storybook:build, run by npm test before this) renders the
// element stories, with no request leaving the machine.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { launchBrowser } from '../helpers/browser.mjs';

const dir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
let server;
let browser;
let base;
before(async () => {
  server = createServer(sirv(dir, { dev: false }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

for (const [id, selector, expected] of [
  ['elements-dbi-assessment--vietnamese', 'dbi-assessment h2.step-heading', /đánh giá|Giới thiệu|DBI/iu],
  ['elements-dbi-assessment--english', 'dbi-assessment h2.step-heading', /assessment|DBI/iu],
  ['elements-dbi-subsidy-calculator--vietnamese', 'dbi-subsidy-calculator h2#title', /hỗ trợ/iu],
  ['elements-dbi-subsidy-calculator--unknown-programme', 'dbi-subsidy-calculator [role=alert]', /no-such-programme/u],
  ['elements-dbi-platform-picker--registry-unreachable', 'dbi-platform-picker .error-state', /./u],
]) {
  test(`story ${id} renders`, async () => {
    const page = await browser.newPage();
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) external.push(request.url());
    });
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    const shown = page.locator(selector);
    await shown.waitFor({ timeout: 20000 });
    assert.match(await shown.textContent(), expected);
    // The unreachable-registry story asks 127.0.0.1:9 on purpose; nothing else may leave.
    assert.deepEqual(external.filter((url) => !url.startsWith('data:') && !url.startsWith('http://127.0.0.1:9/')), []);
    await page.close();
  });
}
