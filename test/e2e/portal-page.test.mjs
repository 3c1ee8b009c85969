import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { openExamples } from '../helpers/browser.mjs';

let session;
before(async () => {
  session = await openExamples();
});
after(async () => session?.close());

test('the portal page runs <dbi-assessment> from the drop-in bundle alone', async () => {
  const { page, base, problems } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}portal/`);
  const heading = page.locator('dbi-assessment h2.step-heading');
  await heading.waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('dbi-assessment').currentStep), 'intro');
  await page.locator('dbi-assessment .nav .primary').click();
  await page.waitForFunction(() => document.querySelector('dbi-assessment').currentStep === 'profile');
  // Focus follows the step change to its heading, for screen-reader and keyboard users.
  assert.equal(await page.evaluate(() => document.querySelector('dbi-assessment').shadowRoot.activeElement?.matches('h2.step-heading')), true);
  await session.screenshot('portal');
  assert.deepEqual(problems, []);
});

test('the portal lists the SAMPLE registry in the picker and takes a category from the address', async () => {
  const { page, base, problems } = session;
  await page.goto(`${base}portal/?category=accounting-finance`);
  const names = page.locator('dbi-platform-picker h3.name');
  await names.first().waitFor();
  const count = await names.count();
  assert.ok(count > 0 && count < 43, `the category filter applies (saw ${count} platforms)`);
  await page.locator('dbi-subsidy-calculator h2#title').waitFor();
  assert.deepEqual(problems, []);
});

test('the portal pins the SAMPLE key explicitly, and certified platforms verify against it', async () => {
  const { page, base, problems } = session;
  const pinned = await (await fetch(new URL('portal/pin-sample-key.js', base))).text();
  const sampleKey = JSON.parse(await readFile(new URL('../../packages/registry/sample/keys/SAMPLE-signing-key.public.jwk', import.meta.url), 'utf8'));
  assert.ok(pinned.includes(`x: '${sampleKey.x}'`) && pinned.includes(`kid: '${sampleKey.kid}'`), 'the page pins the SAMPLE public key');
  await page.goto(`${base}portal/?category=accounting-finance`);
  const statuses = page.locator('dbi-platform-picker p.certificate');
  await statuses.first().waitFor();
  const texts = await statuses.allTextContents();
  assert.ok(texts.some((text) => text.includes('hợp lệ')), `a certified SAMPLE platform verifies: ${texts.join(' | ')}`);
  assert.deepEqual(problems, []);
});

test('the portal is usable on a 360 px phone', async () => {
  const { page, base } = session;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}portal/`);
  await page.locator('dbi-assessment h2.step-heading').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await session.screenshot('portal-360');
});

test('the sample registry is served at /registry/ and says it is SAMPLE data', async () => {
  const response = await session.page.goto(`${session.base}registry/registry.json`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /json/);
  const manifest = await response.json();
  assert.match(JSON.stringify(manifest), /SAMPLE/);
});
