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

for (const [id, heading] of [
  ['elements-dbi-assessment--vietnamese', /đánh giá|Giới thiệu|DBI/iu],
  ['elements-dbi-assessment--english', /assessment|DBI/iu],
]) {
  test(`story ${id} renders`, async () => {
    const page = await browser.newPage();
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) external.push(request.url());
    });
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    const h2 = page.locator('dbi-assessment h2.step-heading');
    await h2.waitFor({ timeout: 20000 });
    assert.match(await h2.textContent(), heading);
    assert.deepEqual(external.filter((url) => !url.startsWith('data:')), []);
    await page.close();
  });
}
