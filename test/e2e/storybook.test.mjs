// The built Storybook (npm run storybook:build, run by npm test before this) renders every state
// of every element story, with no request leaving the machine: the SAMPLE registry and the
// methodology file are served by the Storybook itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { launchBrowser } from '../helpers/browser.mjs';

const dir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const sampleRegistry = fileURLToPath(new URL('../../packages/registry/dist/sample-registry/', import.meta.url));
const sample = (path) => JSON.parse(readFileSync(`${sampleRegistry}${path}`, 'utf8'));
/** Cards come in pages of 24 (the picker's README). */
const PAGE_SIZE = 24;

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

/**
 * Opens a story. `hold` is a URL pattern whose requests wait until `release()` is called, so a
 * test can see the state before they land. Returns the page and the requests that left.
 */
async function openStory(id, { hold, viewMode = 'story' } = {}) {
  const page = await browser.newPage();
  const external = [];
  const problems = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) external.push(request.url());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  let release = () => {};
  if (hold) {
    const held = new Promise((resolve) => (release = resolve));
    await page.route(hold, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(`${base}iframe.html?id=${id}&viewMode=${viewMode}`);
  return { page, external, problems, release };
}

async function text(page, selector) {
  const shown = page.locator(selector).first();
  await shown.waitFor({ timeout: 20000 });
  return shown.textContent();
}

/** The element's computed background is dark (relative luminance below 0.2). */
async function assertDark(page, tag) {
  await page.locator(tag).waitFor();
  const rgb = await page.locator(tag).evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b] = rgb.match(/\d+/gu).map((channel) => Number(channel) / 255);
  assert.ok(0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2, `<${tag}> background ${rgb} is dark`);
}

const platformCount = () => sample('platforms.json').platforms.length;

const stories = {
  'elements-dbi-assessment--vietnamese': async (page) => assert.match(await text(page, 'dbi-assessment h2.step-heading'), /đánh giá|Giới thiệu|DBI/iu),
  'elements-dbi-assessment--english': async (page) => assert.match(await text(page, 'dbi-assessment h2.step-heading'), /assessment|DBI/iu),
  'elements-dbi-assessment--dark': (page) => assertDark(page, 'dbi-assessment'),
  'elements-dbi-assessment--load-error': async (page) => assert.match(await text(page, 'dbi-assessment [role=alert]'), /Không tải được.*404/su),
  'elements-dbi-assessment--load-error-english': async (page) => assert.match(await text(page, 'dbi-assessment [role=alert]'), /could not be loaded.*404/su),
  'elements-dbi-assessment--results': async (page) => {
    assert.match(await text(page, 'dbi-assessment h2.step-heading'), /^Kết quả$/u);
    assert.match(await text(page, 'dbi-assessment [part=summary]'), /\d+(,\d+)?\s*%/u);
  },
  'elements-dbi-assessment--results-english': async (page) => assert.match(await text(page, 'dbi-assessment h2.step-heading'), /^Results$/u),
  'elements-dbi-assessment--results-dark': async (page) => {
    await text(page, 'dbi-assessment [part=summary]');
    await assertDark(page, 'dbi-assessment');
  },
  'elements-dbi-platform-picker--registry-unreachable': async (page) => assert.match(await text(page, 'dbi-platform-picker .error-state'), /./u),
  'elements-dbi-platform-picker--registry-unreachable-english': async (page) => assert.match(await text(page, 'dbi-platform-picker .error-state button.retry'), /try again/iu),
  'elements-dbi-platform-picker--results': async (page) => {
    await text(page, 'dbi-platform-picker [part=card]');
    assert.equal(await page.locator('dbi-platform-picker [part=card]').count(), Math.min(PAGE_SIZE, platformCount()));
  },
  'elements-dbi-platform-picker--results-english': async (page) => assert.match(await text(page, 'dbi-platform-picker [part=count]'), new RegExp(String(platformCount()), 'u')),
  'elements-dbi-platform-picker--results-dark': async (page) => {
    await text(page, 'dbi-platform-picker [part=card]');
    await assertDark(page, 'dbi-platform-picker');
  },
  'elements-dbi-platform-picker--multiple': async (page) => {
    await text(page, 'dbi-platform-picker [part=card]');
    assert.equal(await page.locator('dbi-platform-picker').evaluate((picker) => picker.multiple), true);
  },
  'elements-dbi-platform-picker--empty': async (page) => {
    assert.match(await text(page, 'dbi-platform-picker .empty'), /Không có nền tảng nào/u);
    assert.equal(await page.locator('dbi-platform-picker [part=card]').count(), 0);
  },
  'elements-dbi-platform-picker--saved-copy': async (page) => {
    assert.match(await text(page, 'dbi-platform-picker [part=notice]'), /bản lưu/u);
    assert.ok((await page.locator('dbi-platform-picker [part=card]').count()) > 0, 'the snapshot lists platforms');
  },
  'elements-dbi-platform-picker--saved-copy-english': async (page) => assert.match(await text(page, 'dbi-platform-picker [part=notice]'), /saved copy/u),
  'elements-dbi-subsidy-calculator--vietnamese': async (page) => assert.match(await text(page, 'dbi-subsidy-calculator h2#title'), /hỗ trợ/iu),
  'elements-dbi-subsidy-calculator--english': async (page) => assert.match(await text(page, 'dbi-subsidy-calculator h2#title'), /support|subsid/iu),
  'elements-dbi-subsidy-calculator--dark': (page) => assertDark(page, 'dbi-subsidy-calculator'),
  'elements-dbi-subsidy-calculator--unknown-programme': async (page) => assert.match(await text(page, 'dbi-subsidy-calculator [role=alert]'), /no-such-programme/u),
  'elements-dbi-subsidy-calculator--with-selection': async (page) => {
    const items = await text(page, 'dbi-subsidy-calculator [part=items]');
    for (const id of ['ke-toan-chuon-chuon', 'cham-cong-ban-tay']) assert.ok(items.includes(sample(`platforms/${id}.json`).name), `${id} is a line item`);
  },
  'elements-dbi-subsidy-calculator--results': async (page) => {
    await text(page, 'dbi-subsidy-calculator [part=results]');
    assert.equal(await page.locator('dbi-subsidy-calculator [part=results] .result-item').count(), 2);
  },
  'elements-dbi-subsidy-calculator--results-english': async (page) => assert.match(await text(page, 'dbi-subsidy-calculator #results-heading'), /^Results$/u),
  'elements-dbi-subsidy-calculator--results-dark': async (page) => {
    await text(page, 'dbi-subsidy-calculator [part=results]');
    await assertDark(page, 'dbi-subsidy-calculator');
  },
  'elements-dbi-subsidy-calculator--invalid-input': async (page) => {
    assert.match(await text(page, 'dbi-subsidy-calculator #employees-error'), /số/u);
    assert.equal(await page.locator('dbi-subsidy-calculator #employees').getAttribute('aria-invalid'), 'true');
  },
};

/**
 * The look of every <dbi-badge> in the story (its status class), once each has settled: all but
 * those pointed at the story registry's never-answering `slow/` path leave "verifying".
 */
async function badgeLooks(page, count) {
  await page.waitForFunction((n) => {
    const badges = [...document.querySelectorAll('dbi-badge')];
    const look = (el) => el.shadowRoot?.querySelector('[part=badge]')?.classList;
    return badges.length === n && badges.every((el) => look(el) && (el.getAttribute('registry').endsWith('/slow/') || !look(el).contains('verifying')));
  }, count);
  return page.evaluate(() => [...document.querySelectorAll('dbi-badge')].map((el) => [...el.shadowRoot.querySelector('[part=badge]').classList].find((c) => c !== 'badge')));
}

// The badge stories sign a SAMPLE registry in the page (stories/dbi-badge.stories.ts) and show one
// status each, or every status in the stories' order.
const EVERY_STATUS = ['verifying', 'valid', 'expired', 'revoked', 'not-verified', 'could-not-verify'];
for (const [story, looks] of [
  ['valid', ['valid']],
  ['expired', ['expired']],
  ['revoked', ['revoked']],
  ['not-verified', ['not-verified']],
  ['could-not-verify', ['could-not-verify']],
  ['verifying', ['verifying']],
  ['every-status', [...EVERY_STATUS, ...EVERY_STATUS]],
  ['every-status-dark', EVERY_STATUS],
  ['sizes', ['valid', 'valid', 'valid']],
]) {
  stories[`elements-dbi-badge--${story}`] = async (page) => assert.deepEqual(await badgeLooks(page, looks.length), looks);
}
stories['elements-dbi-badge--valid-english'] = async (page) => {
  assert.deepEqual(await badgeLooks(page, 1), ['valid']);
  assert.match(await page.locator('dbi-badge [part=status]').textContent(), /^[A-Z][a-z]+/u, 'the status in English words');
  assert.equal(await page.locator('dbi-badge').getAttribute('lang'), 'en');
};

for (const [id, check] of Object.entries(stories)) {
  test(`story ${id} renders`, async () => {
    const { page, external, problems } = await openStory(id);
    await check(page);
    // The unreachable-registry stories ask 127.0.0.1:9 on purpose; nothing else may leave.
    assert.deepEqual(external.filter((url) => !url.startsWith('data:') && !url.startsWith('http://127.0.0.1:9/')), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

// The loading states last only until a local file arrives: the request is held to see them.
for (const [id, hold, tag, loading, loaded] of [
  ['elements-dbi-assessment--loading', '**/methodology/dbi-2021-sme.json', 'dbi-assessment', /Đang tải/u, 'dbi-assessment h2.step-heading'],
  ['elements-dbi-platform-picker--loading', '**/sample-registry/platforms.json', 'dbi-platform-picker', /Đang tải/u, 'dbi-platform-picker [part=card]'],
]) {
  test(`story ${id} shows loading until its data arrives`, async () => {
    const { page, release } = await openStory(id, { hold });
    assert.match(await text(page, `${tag} [role=status]`), loading);
    assert.equal(await page.locator(loaded).count(), 0);
    release();
    await page.locator(loaded).first().waitFor({ timeout: 20000 });
    await page.close();
  });
}

// The docs pages' tables come from custom-elements.json (.storybook/preview.ts).
const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../packages/elements/custom-elements.json', import.meta.url)), 'utf8'));
for (const tag of ['dbi-assessment', 'dbi-platform-picker', 'dbi-subsidy-calculator']) {
  test(`the ${tag} docs page lists the manifest's attributes, events and parts`, async () => {
    const declaration = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((entry) => entry.tagName === tag);
    const { page, problems } = await openStory(`elements-${tag}--docs`, { viewMode: 'docs' });
    await text(page, '.docblock-argstable');
    // innerText keeps the cells apart (textContent runs "loadError" into its type, "string").
    const table = await page.locator('.docblock-argstable').first().innerText();
    for (const { name } of [...declaration.attributes, ...declaration.events, ...declaration.cssParts]) assert.ok(table.includes(name), `the table names ${name}`);
    // Private state is not the element's API: left out of the tables.
    assert.ok(!/\bloadError\b|\bpendingAnswers\b|\bcategoryFilter\b|\btypedItems\b/u.test(table), 'no private members');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('every story in the built Storybook is checked here', async () => {
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
  const built = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.startsWith('elements-dbi-'));
  const checked = new Set([...Object.keys(stories), 'elements-dbi-assessment--loading', 'elements-dbi-platform-picker--loading']);
  assert.deepEqual(built.map((entry) => entry.id).filter((id) => !checked.has(id)), []);
});
