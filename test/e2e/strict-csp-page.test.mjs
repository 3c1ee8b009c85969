import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openExamples } from '../helpers/browser.mjs';

let session;
before(async () => {
  session = await openExamples();
});
after(async () => session?.close());

test('the elements run under default-src self with zero CSP violations', async () => {
  const { page, base, problems } = session;
  const response = await page.goto(`${base}strict-csp/`);
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'");
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.locator('dbi-assessment h2.step-heading').waitFor();
  await page.locator('dbi-assessment .nav .primary').click();
  await page.waitForFunction(() => document.querySelector('dbi-assessment').currentStep === 'profile');
  await page.locator('dbi-assessment .nav .primary').click();
  await page.waitForFunction(() => document.querySelector('dbi-assessment').currentStep !== 'profile');
  // autosave is off here: on the results nothing may lead away from the answers (no category links).
  const links = await page.evaluate(async () => {
    const wizard = document.querySelector('dbi-assessment');
    while (wizard.currentStep !== 'results') {
      wizard.shadowRoot.querySelector('.nav .primary').click();
      await wizard.updateComplete;
    }
    return { categories: wizard.shadowRoot.querySelectorAll('.categories li').length, links: wizard.shadowRoot.querySelectorAll('.categories a').length };
  });
  assert.ok(links.categories > 0);
  assert.equal(links.links, 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // Violations before the listener was attached show up as console errors.
  assert.deepEqual(problems, []);
  await session.screenshot('strict-csp');
});
