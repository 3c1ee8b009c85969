// The whole journey of the portal example, with the keyboard alone: assess every pillar, follow a
// recommendation into the picker, choose a platform's plan, read the subsidy. The figures the
// page shows are checked against the engine run here in Node on the answers that were typed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { calculateSubsidy, getMethodology, getProgramme, maxAnswer, scoreAssessment } from '@dbi-kit/engine';
import { artifactsDir, openExamples } from '../helpers/browser.mjs';
import { focusedElement, focusedMatches, pressTimes, tabTo } from '../helpers/keyboard.mjs';

const methodology = getMethodology('dbi-2021-sme');

/**
 * The answer typed for the criterion at `position`: every third gated question "No", the
 * others a step cycling through the scale; ratios a varying share of 10, sometimes none.
 */
function answerFor(criterion, position) {
  if (criterion.kind === 'ratio') return { numerator: position % 4 === 0 ? 0 : (position % 7) + 1, denominator: 10 };
  const max = maxAnswer(criterion);
  if (criterion.gate) return position % 3 === 0 ? 0 : 1 + (position % max);
  return position % (max + 1);
}

const domId = (id) => `c-${id.replaceAll('.', '-')}`;

/** Types `answer` into the criterion's controls, reaching them with Tab. */
async function answerByKeyboard(page, criterion, answer) {
  const id = domId(criterion.id);
  if (criterion.kind === 'ratio') {
    await tabTo(page, 'dbi-assessment', `#${id} input#n-${criterion.id.replaceAll('.', '-')}`);
    await page.keyboard.type(String(answer.numerator));
    await page.keyboard.press('Tab');
    assert.equal((await focusedMatches(page, 'dbi-assessment', `#d-${criterion.id.replaceAll('.', '-')}`)).ok, true, 'Tab moves from the numerator to the denominator');
    await page.keyboard.type(String(answer.denominator));
    return;
  }
  await tabTo(page, 'dbi-assessment', `#${id} input[type=radio]`);
  if (criterion.gate) {
    if (answer === 0) return page.keyboard.press('Space'); // the gate's "No"
    await page.keyboard.press('ArrowRight'); // "Yes": the steps appear
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first step
    return pressTimes(page, 'ArrowDown', answer - 1);
  }
  await page.keyboard.press('Space');
  await pressTimes(page, 'ArrowDown', answer);
}

/** Tab to the wizard's primary button (Start / Next / See results) and press Enter. */
async function next(page, expectedStep) {
  await tabTo(page, 'dbi-assessment', '.nav .primary');
  await page.keyboard.press('Enter');
  await page.waitForFunction((step) => document.querySelector('dbi-assessment').currentStep === step, expectedStep);
  assert.equal((await focusedMatches(page, 'dbi-assessment', 'h2.step-heading')).ok, true, `focus moves to the heading of ${expectedStep}`);
}

let session;
before(async () => {
  session = await openExamples();
});
after(async () => session?.close());

test('keyboard only: assessment → recommendation → picker → plan → subsidy, figures equal to the engine', { timeout: 240_000 }, async () => {
  const { page, base, problems } = session;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}portal/`);
  await page.locator('dbi-assessment h2.step-heading').waitFor();
  await page.evaluate(() => {
    window.completed = null;
    window.subsidies = [];
    document.addEventListener('dbi-assessment-complete', (event) => (window.completed = event.detail));
    document.addEventListener('dbi-subsidy-change', (event) => window.subsidies.push(event.detail));
  });

  await next(page, 'profile');
  await tabTo(page, 'dbi-assessment', '#profile-sector');
  await pressTimes(page, 'ArrowDown', 3); // (none), agriculture, industry and construction, trade and services
  await page.keyboard.press('Tab');
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20.000.000.000');

  const typed = {};
  let position = 0;
  for (const pillar of methodology.pillars) {
    await next(page, `pillar:${pillar.id}`);
    for (const criterion of pillar.indices.flatMap((index) => index.criteria)) {
      typed[criterion.id] = answerFor(criterion, position++);
      await answerByKeyboard(page, criterion, typed[criterion.id]);
    }
  }
  await next(page, 'review');
  await next(page, 'results');

  const expected = scoreAssessment(methodology, typed);
  assert.equal(expected.complete, true, 'every criterion was answered');
  assert.deepEqual(await page.evaluate(() => document.querySelector('dbi-assessment').answers), typed, 'the wizard holds exactly the answers typed');
  const completed = await page.evaluate(() => window.completed);
  assert.equal(completed.result.points, expected.points);
  assert.equal(completed.result.level, expected.level);
  assert.deepEqual(completed.result.pillars.map((p) => p.level), expected.pillars.map((p) => p.level));
  assert.equal(completed.profile.size, 'small', 'Decree 80 Art. 5: trade and services, 25 staff, 20 bn VND revenue');
  const shownPoints = await page.locator('dbi-assessment dd[data-figure="points"]').textContent();
  assert.ok(shownPoints.startsWith(`${expected.points}/`) || shownPoints.startsWith(`${expected.points.toLocaleString('vi-VN')}/`), `results show ${expected.points} points: ${shownPoints}`);
  await session.screenshot('journey-results');
  // The results as the first screen of the root README shows them (docs/images/portal-results.png).
  const box = await page.locator('dbi-assessment').boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY); // boundingBox is relative to the viewport, clip to the page
  await page.screenshot({ path: `${artifactsDir}journey-results-summary.png`, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: 860 }, fullPage: true });

  // A recommendation: the first "find platforms" link of the weakest pillars.
  await tabTo(page, 'dbi-assessment', '.categories a');
  const link = new URL(await (await focusedElement(page)).evaluate((anchor) => anchor.href));
  await page.keyboard.press('Enter');
  const picker = page.locator('dbi-platform-picker');
  await page.waitForFunction(
    ([category, pillar]) => {
      const el = document.querySelector('dbi-platform-picker');
      return el.getAttribute('category') === category && el.getAttribute('pillar') === pillar;
    },
    [link.searchParams.get('category'), link.searchParams.get('pillar')],
  );
  await picker.locator('h3.name').first().waitFor();
  const firstName = await picker.locator('h3.name').first().textContent();

  // Open the first platform's plans, keep the plan offered first, select it.
  await tabTo(page, 'dbi-platform-picker', 'button.open');
  await page.keyboard.press('Enter');
  await picker.locator('#detail-heading').waitFor();
  await tabTo(page, 'dbi-platform-picker', 'button.select');
  await page.keyboard.press('Enter');

  // The calculator takes the selection and the size class the assessment found.
  const calculator = page.locator('dbi-subsidy-calculator');
  await calculator.locator(`tr.result-item`).first().waitFor();
  const latest = await page.evaluate(() => window.subsidies.at(-1));
  assert.equal(latest.size, 'small');
  assert.equal(latest.result.items.length, 1);
  const item = latest.result.items[0];
  assert.ok(item.cost > 0, 'the chosen plan has a price');
  const recomputed = calculateSubsidy({ size: 'small', items: [{ kind: item.kind, cost: item.cost }] }, getProgramme());
  assert.equal(latest.result.totals.support, recomputed.totals.support);
  assert.ok(recomputed.totals.support > 0, 'a small business gets support for a digital-transformation solution');
  const rowText = await calculator.locator('tr.result-item').first().textContent();
  assert.ok(rowText.includes(firstName), `the line item names the chosen platform ${firstName}: ${rowText}`);
  const supportText = await calculator.locator('td.total-support').textContent();
  assert.equal(Number(supportText.replace(/\D/gu, '')), recomputed.totals.support, `shown total support ${supportText}`);
  await session.screenshot('journey-subsidy');
  assert.deepEqual(problems, []);
});
