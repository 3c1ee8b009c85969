import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { calculateSubsidy } from '@dbi-kit/engine';
import '../../src/dbi-subsidy-calculator.js';
import { pickerStrings } from '../../src/picker/picker.translations.js';
import { sharedRegistryClient } from '../../src/picker/shared-registry-client.js';
// @ts-expect-error a plain ES module shared with the benchmark
import { generatedRegistry } from '../../bench/generated-registry.mjs';
import { expectCompleteTranslations } from '../helpers/translations.js';
import { $, $$, REGISTRY, cardIds, generatedRegistries, picker, setControl, settled } from './helpers.js';

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabUntil(predicate: (active: Element | null) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (predicate(active)) return active!;
  }
  throw new Error(`Tab never reached ${what}`);
}

// A made-up SAMPLE key (32 zero bytes): any pinned key makes the picker check certificates.
const SAMPLE_KEY = { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), kid: 'sample-test-key' };

/** A copy of the fixture registry's index (and of so-cai-may) under `name`, answered from memory; it publishes no certificates. */
async function fixtureCopy(name: string): Promise<string> {
  const base = new URL(`../${name}/`, REGISTRY).href;
  const documents: Record<string, unknown> = {};
  for (const file of ['registry.json', 'platforms.json', 'platforms/so-cai-may.json']) documents[file] = await (await fetch(`${REGISTRY}${file}`)).json();
  generatedRegistries.set(base, documents);
  return base;
}

describe('<dbi-platform-picker>', () => {
  it('lists the registry with a count, price, trial, categories and pillars', async () => {
    const el = await picker();
    // The fixture holds 8 platforms (7 SAMPLE records and a hostile one).
    expect($(el, '.count')!.textContent).to.equal('8 platforms');
    const card = $(el, '[data-platform=ke-toan-chuon-chuon]')!;
    expect(card.querySelector('.price')!.textContent!.replace(/\s/gu, ' ')).to.equal('From ₫375,000/month');
    expect(card.querySelector('.trial')!.textContent).to.equal('90-day free trial');
    expect(card.textContent).to.contain('Accounting');
    expect(card.textContent).to.contain('Operations');
  });

  it('shows no certificate status without pinned keys', async () => {
    const el = await picker();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($$(el, '.certificate').length).to.equal(0);
  });

  it('shows each card\'s certificate status from verifyCertificate when keys are pinned', async () => {
    const base = await fixtureCopy('registry-with-keys');
    const el = await picker(html`<dbi-platform-picker registry=${base} .trustedKeys=${[SAMPLE_KEY]} lang="en"></dbi-platform-picker>`);
    // That registry publishes no certificates: every platform's status is `not-found`.
    await waitUntil(() => $(el, '[data-platform=so-cai-may] .certificate'), 'the certificate status shows');
    expect($(el, '[data-platform=so-cai-may] .certificate')!.textContent).to.equal('Certificate: none');
  });

  it('finds the accounting platforms for `ke toan`, ignoring accents and case', async () => {
    const el = await picker();
    await setControl(el, '#q', 'KE toan');
    const ids = cardIds(el);
    expect(ids[0]).to.equal('ke-toan-chuon-chuon');
    expect(ids).to.include('so-cai-may');
    expect(ids).not.to.include('nhan-su-den-long');
  });

  it('combines category, trial and price filters', async () => {
    const el = await picker();
    await setControl(el, '#category', 'accounting-finance');
    // accounting-finance: ke-toan-chuon-chuon, so-cai-may, thu-chi-dom-dom, hoa-don-la-sen.
    expect(new Set(cardIds(el))).to.deep.equal(new Set(['ke-toan-chuon-chuon', 'so-cai-may', 'thu-chi-dom-dom', 'hoa-don-la-sen']));
    await setControl(el, '#trial', true);
    // thu-chi-dom-dom has no trial.
    expect(new Set(cardIds(el))).to.deep.equal(new Set(['ke-toan-chuon-chuon', 'so-cai-may', 'hoa-don-la-sen']));
    await setControl(el, '#max-price', '100.000');
    // 82,500 ≤ 100,000; 124,167 and 375,000 are above.
    expect(cardIds(el)).to.deep.equal(['hoa-don-la-sen']);
    await setControl(el, '#max-price', 'abc');
    expect($(el, '#max-price')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#max-price-error')!.textContent).to.equal(pickerStrings.en.notAnAmount);
  });

  it('sorts by price, lowest first', async () => {
    const el = await picker();
    await setControl(el, '#category', 'accounting-finance');
    await setControl(el, '#sort', 'price');
    // 0 (thu-chi), 82,500 (hoa-don), 124,167 (so-cai), 375,000 (ke-toan).
    expect(cardIds(el)).to.deep.equal(['thu-chi-dom-dom', 'hoa-don-la-sen', 'so-cai-may', 'ke-toan-chuon-chuon']);
  });

  it('presets filters from its attributes, else from the page URL', async () => {
    const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} category="e-commerce" lang="en"></dbi-platform-picker>`);
    expect(cardIds(el)).to.deep.equal(['cho-noi-shop']);
    const before = location.href;
    history.replaceState(null, '', '?pillar=culture&category=hr-organisation');
    try {
      const fromUrl = await picker();
      // hr-organisation with the culture pillar: nhan-su-den-long, van-phong-may and the hostile record.
      expect(new Set(cardIds(fromUrl))).to.deep.equal(new Set(['nhan-su-den-long', 'van-phong-may', 'hostile-sample']));
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('follows `category` and `pillar` set later, as the assessment results link does', async () => {
    const el = await picker();
    el.setAttribute('category', 'accounting-finance');
    el.setAttribute('pillar', 'strategy');
    await waitUntil(() => cardIds(el).length === 1, 'the preset filters apply');
    // accounting-finance with the strategy pillar: only thu-chi-dom-dom.
    expect(cardIds(el)).to.deep.equal(['thu-chi-dom-dom']);
    expect($<HTMLSelectElement>(el, '#pillar')!.value).to.equal('strategy');
  });

  it('shares one client per registry URL', () => {
    const relative = new URL(REGISTRY).pathname;
    expect(sharedRegistryClient(relative)).to.equal(sharedRegistryClient(REGISTRY));
  });

  it('chooses a platform and a plan with the keyboard only', async () => {
    const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} lang="vi"></dbi-platform-picker>`);
    $<HTMLInputElement>(el, '#q')!.focus();
    await sendKeys({ type: 'ke toan' });
    await waitUntil(() => cardIds(el)[0] === 'ke-toan-chuon-chuon' && cardIds(el).length < 8, 'the search applies');
    await tabUntil((a) => a?.classList.contains('open') === true && a.closest('[data-platform]')?.getAttribute('data-platform') === 'ke-toan-chuon-chuon', 'the plans button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.detail'), 'the detail view opens');
    expect(deepActiveElement()?.id).to.equal('detail-heading');
    await tabUntil((a) => (a as HTMLInputElement | null)?.name === 'plan', 'the plans');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await tabUntil((a) => a?.classList.contains('select') === true, 'the choose button');
    const selected = oneEvent(el, 'dbi-platform-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.platforms).to.deep.equal([
      {
        id: 'ke-toan-chuon-chuon',
        name: 'Kế Toán Chuồn Chuồn',
        vendor: 'Chuồn Chuồn Giấy Software (SAMPLE)',
        plan: { id: 'pro', name: { vi: 'Chuyên nghiệp', en: 'Professional' }, price: 7_900_000, billingPeriod: 'year' },
      },
    ]);
    expect(el.selection).to.deep.equal(detail);
  });

  it('keeps several choices with `multiple`, one otherwise', async () => {
    for (const multiple of [false, true]) {
      const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} ?multiple=${multiple} lang="en"></dbi-platform-picker>`);
      for (const id of ['so-cai-may', 'ke-toan-chuon-chuon']) {
        $<HTMLButtonElement>(el, `[data-platform=${id}] .open`)!.click();
        await waitUntil(() => $(el, '.detail .select'), 'the detail view opens');
        $<HTMLButtonElement>(el, '.detail .select')!.click();
        $<HTMLButtonElement>(el, '.detail .back')!.click();
        await waitUntil(() => $(el, '.count'), 'the list is back');
      }
      expect(el.selection.platforms.map((p) => p.id)).to.deep.equal(multiple ? ['so-cai-may', 'ke-toan-chuon-chuon'] : ['ke-toan-chuon-chuon']);
    }
  });

  it('compares up to three platforms', async () => {
    const el = await picker();
    const boxes = $$<HTMLInputElement>(el, '.compare');
    for (const box of boxes.slice(0, 3)) {
      box.click();
      await el.updateComplete;
    }
    expect($$(el, '.compare-table th[scope=col], [part=compare] th[scope=col]').length).to.equal(3);
    expect($$<HTMLInputElement>(el, '.compare')[3]!.disabled).to.equal(true);
  });

  it('checks the certificates of the cards "Show more" adds, each platform once', async () => {
    const base = new URL('../generated-30/', REGISTRY).href;
    generatedRegistries.set(base, generatedRegistry(30));
    // The page's client for that registry, created first so the test can count the checks it is asked for.
    const client = sharedRegistryClient(base, { trustedKeys: [SAMPLE_KEY] }) as unknown as { verifyCertificate: (id: string) => Promise<unknown> };
    const verify = client.verifyCertificate.bind(client);
    const checked: string[] = [];
    client.verifyCertificate = (id) => (checked.push(id), verify(id));
    const el = await picker(html`<dbi-platform-picker registry=${base} lang="en"></dbi-platform-picker>`);
    await waitUntil(() => $$(el, '.certificate').length === 24, 'the first page of cards gets certificate statuses', { timeout: 4000 });
    $<HTMLButtonElement>(el, '.more')!.click();
    await waitUntil(() => $$(el, '.certificate').length === 30, 'the cards "Show more" added get certificate statuses', { timeout: 4000 });
    expect($(el, '[data-platform=p-9] .certificate')!.textContent).to.equal('Certificate: none');
    expect(checked.length).to.equal(30);
    expect(new Set(checked).size).to.equal(30);
  });

  it('keeps the comparison whatever the search, with a remove button per column reachable by keyboard', async () => {
    const el = await picker();
    const compared = ['cho-noi-shop', 'hoa-don-la-sen', 'ke-toan-chuon-chuon'];
    for (const id of compared) {
      $<HTMLInputElement>(el, `[data-platform=${id}] .compare`)!.click();
      await el.updateComplete;
    }
    const columns = () => $$(el, '[part=compare] th[scope=col]').map((th) => th.textContent);
    const names = columns();
    expect(names).to.deep.equal(['Chợ Nổi Shop', 'Hóa Đơn Lá Sen', 'Kế Toán Chuồn Chuồn']);
    // A search none of the three match: the table stays, and no card is compared.
    await setControl(el, '#q', 'hostile');
    expect(cardIds(el)).to.deep.equal(['hostile-sample']);
    expect(columns()).to.deep.equal(names);
    expect($<HTMLInputElement>(el, '[data-platform=hostile-sample] .compare')!.disabled).to.equal(true);
    // Remove the second column with the keyboard.
    $<HTMLInputElement>(el, '#q')!.focus();
    await tabUntil((a) => a?.classList.contains('uncompare') === true && a.textContent!.includes(names[1]!), 'the remove button of the second column');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(columns()).to.deep.equal([names[0], names[2]]);
    expect(deepActiveElement()?.classList.contains('uncompare')).to.equal(true);
    // Room again: the visible card can be ticked.
    const box = $<HTMLInputElement>(el, '[data-platform=hostile-sample] .compare')!;
    expect(box.disabled).to.equal(false);
    box.click();
    await el.updateComplete;
    expect(columns()).to.deep.equal([names[0], names[2], '<img src=x onerror=alert(1)> Hostile (SAMPLE)']);
    // Back to every platform: the compared cards are ticked.
    await setControl(el, '#q', '');
    expect($$<HTMLInputElement>(el, '.compare:checked').map((b) => b.closest<HTMLElement>('[data-platform]')!.dataset.platform).sort()).to.deep.equal([compared[0], compared[2], 'hostile-sample'].sort());
  });

  it('forgets certificate statuses, compared and chosen platforms when its registry changes', async () => {
    const withKeys = await fixtureCopy('registry-before-change');
    // The second registry's client is created without pinned keys: it shows no certificate statuses.
    const withoutKeys = await fixtureCopy('registry-after-change');
    sharedRegistryClient(withoutKeys);
    const el = await picker(html`<dbi-platform-picker registry=${withKeys} .trustedKeys=${[SAMPLE_KEY]} multiple lang="en"></dbi-platform-picker>`);
    await waitUntil(() => $(el, '[data-platform=so-cai-may] .certificate'), 'the certificate status shows');
    for (const box of $$<HTMLInputElement>(el, '.compare').slice(0, 2)) box.click();
    $<HTMLButtonElement>(el, '[data-platform=so-cai-may] .open')!.click();
    await waitUntil(() => $(el, '.detail .select'), 'the detail view opens');
    $<HTMLButtonElement>(el, '.detail .select')!.click();
    $<HTMLButtonElement>(el, '.detail .back')!.click();
    await el.updateComplete;
    expect(el.selection.platforms.length).to.equal(1);
    expect($(el, '[part=compare]')).to.not.equal(null);

    const cleared = oneEvent(el, 'dbi-platform-select');
    el.registry = withoutKeys;
    const { detail } = await cleared;
    expect(detail).to.deep.equal({ platforms: [] });
    await settled(el);
    // Give the picker time to (wrongly) show statuses: the new registry's client has no keys.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cardIds(el).length).to.equal(8);
    expect($$(el, '.certificate').length).to.equal(0);
    expect($(el, '[part=compare]')).to.equal(null);
    expect($$<HTMLInputElement>(el, '.compare:checked').length).to.equal(0);
    expect($(el, '[part=selection]')).to.equal(null);
    expect(el.selection).to.deep.equal({ platforms: [] });
  });

  it('focus() puts focus on its search box, as the assessment\'s category links do', async () => {
    const el = await picker();
    el.focus();
    // Compared as booleans: chai's message for a failed element comparison takes too long to build.
    expect(document.activeElement === el, 'the picker holds the focus').to.equal(true);
    expect(deepActiveElement() === $(el, '#q'), 'on its search box').to.equal(true);
    // And a click on a card's text, away from the search box, neither moves focus there nor scrolls up to it.
    const summary = $(el, '[data-platform=van-phong-may] .summary')!;
    summary.scrollIntoView();
    const scrolled = window.scrollY;
    const box = summary.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
    expect(deepActiveElement() === $(el, '#q'), 'the click leaves the search box alone').to.equal(false);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('a selection flows into a calculator given by `for`, with the totals calculateSubsidy gives', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <dbi-platform-picker id="journey-picker" registry=${REGISTRY} lang="en"></dbi-platform-picker>
      <dbi-subsidy-calculator for="journey-picker" lang="en"></dbi-subsidy-calculator>
    </div>`);
    const el = root.querySelector('dbi-platform-picker')!;
    const calculator = root.querySelector('dbi-subsidy-calculator')!;
    await settled(el);
    const field = (selector: string, value: string) => {
      const input = calculator.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    };
    field('#sector', 'trade-services');
    field('#employees', '8');
    field('#revenue', '2.000.000.000');
    $<HTMLButtonElement>(el, '[data-platform=so-cai-may] .open')!.click();
    await waitUntil(() => $(el, '.detail .select'), 'the detail view opens');
    const changed = oneEvent(calculator, 'dbi-subsidy-change');
    $<HTMLButtonElement>(el, '.detail .select')!.click();
    const { detail } = await changed;
    // so-cai-may "starter": 1,490,000 ₫ a year; 12 months = 1 year. Micro (8 employees, 2 bn ₫
    // revenue): 50% = 745,000, under the 20,000,000 yearly cap.
    expect(detail.size).to.equal('micro');
    expect(detail.result!.totals).to.deep.equal(calculateSubsidy({ size: 'micro', items: [{ kind: 'dx-solution', cost: 1_490_000 }] }).totals);
    expect(detail.result!.totals).to.deep.equal({ cost: 1_490_000, support: 745_000, net: 745_000 });
  });

  it('falls back to the snapshot with a notice when the registry is down', async () => {
    const snapshot = {
      registry: await (await fetch(`${REGISTRY}registry.json`)).json(),
      platforms: await (await fetch(`${REGISTRY}platforms.json`)).json(),
    };
    // Port 9 (discard) refuses connections: a network error, which the client falls back from.
    const el = await picker(html`<dbi-platform-picker registry="http://127.0.0.1:9/down-with-snapshot/" .snapshot=${snapshot} lang="en"></dbi-platform-picker>`);
    expect($(el, '.count')!.textContent).to.equal('8 platforms');
    expect($(el, '[part=notice]')!.textContent).to.equal(pickerStrings.en.stale);
  });

  it('shows an error with a retry when the registry is down and nothing is saved', async () => {
    const el = await picker(html`<dbi-platform-picker registry="http://127.0.0.1:9/down-without-snapshot/" lang="en"></dbi-platform-picker>`);
    expect($(el, '.error-state [role=alert], .error-state')!.textContent).to.contain('could not be loaded');
    const retry = $<HTMLButtonElement>(el, '.retry')!;
    expect(retry.textContent).to.equal(pickerStrings.en.retry);
  });

  it('shows an empty state', async () => {
    const el = await picker();
    await setControl(el, '#q', 'zzzz-nothing');
    expect($(el, '.count')!.textContent).to.equal('0 platforms');
    expect($(el, '.empty')!.textContent).to.equal(pickerStrings.en.empty);
  });

  it('renders hostile registry text as text', async () => {
    const el = await picker();
    await setControl(el, '#q', 'hostile');
    const card = $(el, '[data-platform=hostile-sample]')!;
    expect(card.querySelector('.name')!.textContent).to.equal('<img src=x onerror=alert(1)> Hostile (SAMPLE)');
    expect(card.querySelector('.vendor')!.textContent).to.contain('<script>window.__pwned=1</script>');
    card.querySelector<HTMLButtonElement>('.open')!.click();
    await waitUntil(() => $(el, '.detail .select'), 'the detail view opens');
    expect($(el, '.description')!.textContent).to.equal('<script>window.__pwned=2</script>');
    expect($(el, '.plan')!.textContent).to.contain('<img src=x onerror=alert(2)>');
    expect(el.shadowRoot!.querySelectorAll('img, script, b').length).to.equal(0);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('is accessible: list and detail view', async () => {
    const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} lang="vi"></dbi-platform-picker>`);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-platform=ke-toan-chuon-chuon] .open')!.click();
    await waitUntil(() => $(el, '.detail .select'), 'the detail view opens');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, with a comparison', async () => {
    const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} lang="en" theme="dark"></dbi-platform-picker>`);
    for (const box of $$<HTMLInputElement>(el, '.compare').slice(0, 2)) box.click();
    await el.updateComplete;
    expect($(el, '[part=compare]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('vi and en have every string, none empty', () => {
    expectCompleteTranslations(pickerStrings, [3, 8]);
  });
});

describe('<dbi-platform-picker> languages', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`speaks ${lang} throughout its own text`, async () => {
      const el = await picker(html`<dbi-platform-picker registry=${REGISTRY} lang=${lang}></dbi-platform-picker>`);
      const t = pickerStrings[lang];
      expect($(el, 'label[for=q]')!.textContent).to.equal(t.search);
      expect($(el, 'label[for=sort]')!.textContent).to.equal(t.sort);
      expect($(el, '.count')!.textContent).to.equal(t.results(8));
      expect($(el, '[data-platform=so-cai-may] .trial')!.textContent).to.equal(t.trial(30));
      expect($(el, '[data-platform=so-cai-may] .pillars')!.textContent).to.equal(`${t.pillars}: ${t.pillarName('operations')}, ${t.pillarName('data-assets')}`);
    });
  }
});
