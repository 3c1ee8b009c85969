import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { calculateSubsidy } from '@dbi-kit/engine';
import '../../src/dbi-subsidy-calculator.js';
import type { DbiSubsidyCalculator } from '../../src/calculator/calculator.js';
import { calculatorStrings } from '../../src/calculator/calculator.translations.js';
import type { PlatformSelection } from '../../src/picker/platform-selection.js';
import { expectCompleteTranslations } from '../helpers/translations.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/gu, ' ').trim();

async function type(el: DbiSubsidyCalculator, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: DbiSubsidyCalculator, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Trade and services, 30 employees, 20 billion ₫ revenue: small (micro needs ≤ 10 employees). */
async function smallBusiness(el: DbiSubsidyCalculator): Promise<void> {
  await choose(el, '#sector', 'trade-services');
  await type(el, '#employees', '30');
  await type(el, '#revenue', '20.000.000.000');
}

const ACCOUNTING: PlatformSelection = {
  platforms: [
    {
      id: 'ke-toan-chuon-chuon',
      name: 'Kế Toán Chuồn Chuồn',
      vendor: 'Chuồn Chuồn Giấy Software (SAMPLE)',
      plan: { id: 'co-ban', name: { vi: 'Cơ bản', en: 'Basic' }, price: 375_000, billingPeriod: 'month' },
    },
  ],
};

describe('<dbi-subsidy-calculator>', () => {
  it('classifies the profile and shows the reasons', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    expect(text(el, '[part=size]')).to.contain(calculatorStrings.en.sizeNeeds);
    await smallBusiness(el);
    expect(text(el, '.size')).to.equal('Small enterprise');
    expect(el.shadowRoot!.querySelectorAll('.size-reasons li').length).to.be.greaterThan(0);
    expect(text(el, '.size-reasons')).to.contain('Article 5');
  });

  it('takes the profile of a <dbi-assessment> on the page when it completes', async () => {
    const page = await fixture(html`<div><span id="wizard"></span><dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator></div>`);
    const el = page.querySelector('dbi-subsidy-calculator') as DbiSubsidyCalculator;
    await el.updateComplete;
    const profile = { name: 'SAMPLE', sector: 'trade-services', employees: 8, revenue: 5_000_000_000, size: 'micro' };
    // The event as <dbi-assessment> dispatches it: bubbling, composed, with the submission as detail.
    page.querySelector('#wizard')!.dispatchEvent(new CustomEvent('dbi-assessment-complete', { bubbles: true, composed: true, detail: { profile } }));
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#sector').value).to.equal('trade-services');
    expect($<HTMLInputElement>(el, '#employees').value).to.equal('8');
    // Trade and services, 8 employees, revenue 5 billion ≤ 10 billion: micro (Art. 5).
    expect(text(el, '.size')).to.equal('Micro enterprise');
  });

  it('reads Vietnamese-style amounts, prices items and totals them (hand-computed)', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="vi"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#add-item').click();
    await el.updateComplete;
    const id = el.shadowRoot!.querySelector('.typed-item input')!.id.replace(/-label$/u, '');
    await choose(el, `#${id}-kind`, 'dx-consulting');
    await type(el, `#${id}-label`, 'Tư vấn lộ trình');
    const changed = oneEvent(el, 'dbi-subsidy-change');
    await type(el, `#${id}-cost`, '150.000.000');
    const { detail } = await changed;
    // Plan: 375,000 ₫ × 12 months = 4,500,000; 50% = 2,250,000 (yearly cap 50,000,000 for small).
    // Consulting: 50% of 150,000,000 = 75,000,000, capped at 50,000,000 per contract → net 100,000,000.
    // Totals: cost 154,500,000; support 52,250,000; net 102,250,000.
    expect(detail.size).to.equal('small');
    expect(detail.result!.totals).to.deep.equal({ cost: 154_500_000, support: 52_250_000, net: 102_250_000 });
    // text() folds the no-break space Intl puts before ₫.
    expect(text(el, '.total-support')).to.equal('52.250.000 ₫');
    expect(text(el, '.total-net')).to.equal('102.250.000 ₫');
    const rows = el.shadowRoot!.querySelectorAll('.result-item');
    expect(rows.length).to.equal(2);
    expect(rows[1]!.textContent).to.contain('Điều 11');
  });

  it('a selection from a picker given by `for` gives the totals calculateSubsidy gives', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <div id="fake-picker"></div>
      <dbi-subsidy-calculator for="fake-picker" lang="en"></dbi-subsidy-calculator>
    </div>`);
    const el = root.querySelector('dbi-subsidy-calculator')!;
    await smallBusiness(el);
    const picker = root.querySelector('#fake-picker')!;
    const changed = oneEvent(el, 'dbi-subsidy-change');
    picker.dispatchEvent(new CustomEvent('dbi-platform-select', { detail: ACCOUNTING, bubbles: true, composed: true }));
    const { detail } = await changed;
    const expected = calculateSubsidy({ size: 'small', items: [{ kind: 'dx-solution', cost: 375_000 * 12 }] });
    expect(detail.result!.totals).to.deep.equal(expected.totals);
    // Two years of a monthly plan: 24 × 375,000 = 9,000,000; 50% = 4,500,000.
    await type(el, '#selected-0-months', '24');
    expect(el.result!.totals).to.deep.equal({ cost: 9_000_000, support: 4_500_000, net: 4_500_000 });
  });

  it('hears a picker placed after it', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <dbi-subsidy-calculator for="later-picker" lang="en"></dbi-subsidy-calculator>
    </div>`);
    const el = root.querySelector('dbi-subsidy-calculator')!;
    await smallBusiness(el);
    const picker = document.createElement('div');
    picker.id = 'later-picker';
    root.append(picker);
    picker.dispatchEvent(new CustomEvent('dbi-platform-select', { detail: ACCOUNTING, bubbles: true, composed: true }));
    await el.updateComplete;
    // 375,000 × 12 = 4,500,000; 50% = 2,250,000.
    expect(el.result!.totals).to.deep.equal({ cost: 4_500_000, support: 2_250_000, net: 2_250_000 });
    const other = document.createElement('div');
    other.id = 'another-picker';
    root.append(other);
    other.dispatchEvent(new CustomEvent('dbi-platform-select', { detail: { platforms: [] }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selection).to.equal(ACCOUNTING);
  });

  it('explains bad input inline and leaves the item out', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await type(el, '#revenue', '12abc');
    expect($(el, '#revenue').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#revenue-error')).to.equal(calculatorStrings.en.notAnAmount);
    await smallBusiness(el);
    $<HTMLButtonElement>(el, '#add-item').click();
    await el.updateComplete;
    const id = el.shadowRoot!.querySelector('.typed-item input')!.id.replace(/-label$/u, '');
    await type(el, `#${id}-cost`, '1.5');
    expect(text(el, `#${id}-error`)).to.equal(calculatorStrings.en.costInvalid);
    expect(el.result!.items.length).to.equal(0);
  });

  it('reads headcounts with thousands separators: 1.000 employees in industry is a large firm', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await choose(el, '#sector', 'industry-construction');
    await type(el, '#revenue', '10.000.000.000');
    el.selection = ACCOUNTING;
    for (const typed of ['1.000', '1,000', '1 000']) {
      await type(el, '#employees', typed);
      expect($(el, '#employees').getAttribute('aria-invalid'), typed).to.equal('false');
      // Industry and construction: more than 200 employees is not an SME (Art. 5), so nothing is paid.
      expect(text(el, '.size'), typed).to.equal(calculatorStrings.en.sizeName('large'));
      expect(el.result!.items[0]!.eligible, typed).to.equal(false);
      expect(el.result!.totals.support, typed).to.equal(0);
    }
  });

  it('flags a fractional headcount instead of reading it', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    for (const typed of ['1,5', '2.5', '1.00']) {
      await type(el, '#employees', typed);
      expect($(el, '#employees').getAttribute('aria-invalid'), typed).to.equal('true');
      expect(text(el, '#employees-error'), typed).to.equal(calculatorStrings.en.notACount);
      expect(text(el, '[part=size]'), typed).to.contain(calculatorStrings.en.sizeNeeds);
    }
    await type(el, '#femaleEmployees', '3,5');
    expect(text(el, '#femaleEmployees-error')).to.equal(calculatorStrings.en.notACount);
  });

  it('names a chosen plan in the language shown, and follows a change of language', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    expect(text(el, '.result-item th')).to.contain('Kế Toán Chuồn Chuồn — Basic');
    expect(text(el, '.result-item th')).not.to.contain('Cơ bản');
    expect(el.result!.items[0]!.label).to.equal('Kế Toán Chuồn Chuồn — Basic');
    const changed = oneEvent(el, 'dbi-subsidy-change');
    el.lang = 'vi';
    const { detail } = await changed;
    expect(text(el, '.result-item th')).to.contain('Kế Toán Chuồn Chuồn — Cơ bản');
    expect(detail.result!.items[0]!.label).to.equal('Kế Toán Chuồn Chuồn — Cơ bản');
  });

  it('shows the priority note when a priority group applies', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    $<HTMLInputElement>(el, '[part=profile] input[type=checkbox]').click();
    await type(el, '#womenShare', '60');
    expect(el.result!.priority!.groups).to.deep.equal(['womanOwned']);
    expect(text(el, '.priority-note')).to.contain('Article 4');
  });

  it('names a programme that does not exist', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator programme="no-such" lang="en"></dbi-subsidy-calculator>`);
    expect(text(el, '[role=alert]')).to.contain('no-such');
  });

  it('is accessible, with results shown', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="vi"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en" theme="dark"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('prints the results without the buttons', async () => {
    const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang="en"></dbi-subsidy-calculator>`);
    await smallBusiness(el);
    el.selection = ACCOUNTING;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '#add-item')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part=results]')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('vi and en have every string, none empty', () => {
    expectCompleteTranslations(calculatorStrings, ['trade-services', 2, 3]);
  });
});

describe('<dbi-subsidy-calculator> languages', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`speaks ${lang}, the engine's reasons included`, async () => {
      const el = await fixture<DbiSubsidyCalculator>(html`<dbi-subsidy-calculator lang=${lang}></dbi-subsidy-calculator>`);
      await smallBusiness(el);
      el.selection = ACCOUNTING;
      await el.updateComplete;
      const t = calculatorStrings[lang];
      expect($(el, 'label[for=revenue]').textContent).to.equal(t.revenue);
      expect(text(el, '.size')).to.equal(t.sizeName('small'));
      expect($(el, '#results-heading').textContent).to.equal(t.results);
      expect(text(el, '.selected-item .help')).to.contain(lang === 'vi' ? '375.000 ₫/tháng' : '₫375,000/month');
      expect(text(el, '.result-item .reason')).to.contain(lang === 'vi' ? 'Nghị định 80/2021' : 'Decree 80/2021');
    });
  }
});
