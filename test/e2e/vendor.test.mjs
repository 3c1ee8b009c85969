// The vendor example (examples/vendor, served by `npm start`): badges verified live against the
// SAMPLE registry, its SAMPLE tampered copy and an address where nothing answers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openExamples } from '../helpers/browser.mjs';

let session;
before(async () => {
  session = await openExamples();
});
after(async () => session?.close());

/** Each badge's status (its button's class) and words, once none is still verifying. */
async function badgeStates(page) {
  await page.waitForFunction(() => {
    const badges = [...document.querySelectorAll('dbi-badge')];
    return badges.length > 0 && badges.every((badge) => badge.shadowRoot?.querySelector('[part=badge]') && !badge.shadowRoot.querySelector('[part=badge].verifying'));
  }, undefined, { timeout: 15_000 });
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-state]')].map((item) => {
        const button = item.querySelector('dbi-badge').shadowRoot.querySelector('[part=badge]');
        return [item.dataset.state, { status: [...button.classList].find((c) => c !== 'badge'), words: button.querySelector('[part=status]').textContent }];
      }),
    ),
  );
}

test('the vendor page shows valid, expired, revoked, not verified and could not verify, honestly', async () => {
  const { page, base, problems } = session;
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(`${base}vendor/`);
  assert.equal(response.status(), 200);
  const states = await badgeStates(page);
  assert.deepEqual(
    Object.fromEntries(Object.entries(states).map(([state, { status }]) => [state, status])),
    {
      valid: 'valid',
      expired: 'expired',
      revoked: 'revoked',
      'not-verified-signature': 'not-verified',
      'not-verified-platform': 'not-verified',
      'not-verified-missing': 'not-verified',
      'not-verified-key': 'not-verified',
      'could-not-verify': 'could-not-verify',
    },
  );
  assert.equal(states.valid.words, 'Certified');
  assert.equal(states['not-verified-signature'].words, 'Not verified');
  assert.equal(states['could-not-verify'].words, 'Could not verify (network)');
  // The headline badge, in Vietnamese, certified.
  const headline = page.locator('#certified dbi-badge [part=badge]');
  assert.match(await headline.textContent(), /Đã được chứng nhận/u);
  // Its details open with a click and name the SAMPLE programme; Escape closes them.
  await headline.click();
  const details = page.locator('#certified dbi-badge [part=details]');
  await details.waitFor({ state: 'visible' });
  assert.equal(await headline.getAttribute('aria-expanded'), 'true');
  assert.match(await details.textContent(), /Chương trình SMEdx MẪU/u);
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'hidden' });
  // Requests go to the page's own origin (the registry and the bundle) and the dead address only.
  const origins = new Set(requests.map((url) => new URL(url).origin));
  assert.deepEqual([...origins].sort(), [new URL(base).origin, 'http://127.0.0.1:9'].sort());
  assert.deepEqual(await page.context().cookies(), []);
  await session.screenshot('vendor');
  assert.deepEqual(problems, []);
});
