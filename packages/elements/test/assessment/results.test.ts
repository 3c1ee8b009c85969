import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { calculateSubsidy, getProgramme, scoreAssessment } from '@dbi-kit/engine';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import { platformCategoriesFor } from '../../src/assessment/pillar-platform-categories.js';
import { formatVnd } from '../../src/internal/money.js';
import { $, $$, answeredWizard, cleanSlate, CRITERIA, goTo, METHODOLOGY, plannedAnswers, wizard } from './helpers.js';

const button = (el: DbiAssessment, text: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === text)!;

/** Captures what a download button would save, instead of saving it. */
async function downloaded(el: DbiAssessment, label: string): Promise<{ type: string; text: string }> {
  const create = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return create.call(URL, object);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {};
  try {
    button(el, label).click();
    // The export code is imported on the first click, so the file comes a moment later.
    for (let wait = 0; !blob && wait < 100; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return { type: blob!.type, text: await blob!.text() };
}

async function fillProfile(el: DbiAssessment, sector: string, employees: string, revenue: string): Promise<void> {
  await goTo(el, 'profile');
  const select = $<HTMLSelectElement>(el, '#profile-sector')!;
  select.value = sector;
  select.dispatchEvent(new Event('change'));
  for (const [id, value] of [['#profile-employees', employees], ['#profile-revenue', revenue]] as const) {
    const input = $<HTMLInputElement>(el, id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

describe('<dbi-assessment> results', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('shows the overall level name and description, and is accessible in the dark theme', async () => {
    const el = await answeredWizard(plannedAnswers(), 'results', html`<dbi-assessment theme="dark"></dbi-assessment>`);
    const expected = scoreAssessment(METHODOLOGY, plannedAnswers());
    const level = METHODOLOGY.levels.find((l) => l.level === expected.level)!;
    expect($(el, '[data-figure="level"]')!.textContent).to.equal(`Mức ${expected.level} · ${level.name.vi}`);
    expect($(el, '.level-description')!.textContent).to.equal(level.description.vi);
    expect($$(el, '.radar-dot')).to.have.length(METHODOLOGY.pillars.length);
    await expect(el).to.be.accessible();
  });

  it('downloads the submission as JSON and a CSV table with a row per pillar and criterion', async () => {
    const el = await answeredWizard(plannedAnswers(), 'results');
    const json = await downloaded(el, 'Tải JSON');
    expect(json.type).to.equal('application/json');
    const submission = JSON.parse(json.text);
    expect(submission.result).to.deep.equal(scoreAssessment(METHODOLOGY, plannedAnswers()));

    const csv = await downloaded(el, 'Tải CSV');
    expect(csv.type).to.equal('text/csv;charset=utf-8');
    const lines = csv.text.replace(/^\ufeff/u, '').trimEnd().split('\r\n');
    expect(lines[0]).to.equal('type,id,name,answer,points,maxPoints,percent,level');
    expect(lines.filter((l) => l.startsWith('pillar,'))).to.have.length(6);
    expect(lines.filter((l) => l.startsWith('criterion,'))).to.have.length(CRITERIA.length);
    // 1.1.3 is a ratio: its answer is written numerator/denominator.
    const ratio = plannedAnswers()['1.1.3'] as { numerator: number; denominator: number };
    expect(lines.find((l) => l.startsWith('criterion,1.1.3,'))).to.contain(`,${ratio.numerator}/${ratio.denominator},`);
  });

  it('prints only the report: progress, navigation and buttons are hidden', async () => {
    const el = await answeredWizard(plannedAnswers(), 'results');
    await emulateMedia({ media: 'print' });
    try {
      for (const selector of ['.progress', '.nav', '[part="actions"]']) expect(getComputedStyle($(el, selector)!).display, selector).to.equal('none');
      expect(getComputedStyle($(el, '[part="summary"]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('lists platform categories for the two weakest pillars, as plain text without a registry', async () => {
    const el = await answeredWizard({}, 'results');
    expect($$(el, '.categories a')).to.have.length(0);
    // With no answers every pillar is at 0 %; the first two in order are the weakest.
    expect($$(el, '[aria-labelledby="platforms-heading"] h4').map((h) => h.textContent!.split(' (')[0])).to.deep.equal(
      METHODOLOGY.pillars.slice(0, 2).map((p) => p.title.vi),
    );
  });

  it('with a registry, a category link opens the picker on the page with its filters preset', async () => {
    const page = await fixture(html`<div>
      <dbi-assessment registry="/registry/"></dbi-assessment>
      <dbi-platform-picker tabindex="-1"></dbi-platform-picker>
    </div>`);
    const el = page.querySelector('dbi-assessment')!;
    await el.updateComplete;
    await goTo(el, 'results');
    const link = $<HTMLAnchorElement>(el, '.categories a')!;
    const url = new URL(link.href);
    expect(url.searchParams.get('category')).to.equal('marketing-customer-care');
    expect(url.searchParams.get('pillar')).to.equal('customer-experience');
    link.click();
    const picker = page.querySelector('dbi-platform-picker')!;
    expect(picker.getAttribute('category')).to.equal('marketing-customer-care');
    expect(picker.getAttribute('pillar')).to.equal('customer-experience');
    expect(location.search, 'no navigation').to.equal(new URL(document.URL).search);
  });

  it('with a registry but no picker-url and no picker on the page, categories are plain text (a link would reload the page)', async () => {
    const el = await answeredWizard({}, 'results', html`<dbi-assessment registry="/registry/" autosave="off"></dbi-assessment>`);
    expect($$(el, '.categories a')).to.have.length(0);
    const weakest = METHODOLOGY.pillars.slice(0, 2).flatMap((pillar) => platformCategoriesFor(pillar.id).map((category) => category.name.vi));
    expect($$(el, '.categories li').map((li) => li.textContent!.trim())).to.deep.equal(weakest);
  });

  it('with a registry and a picker-url, a category is a link to that page with its filters', async () => {
    const el = await answeredWizard({}, 'results', html`<dbi-assessment registry="/registry/" picker-url="/platforms/"></dbi-assessment>`);
    const url = new URL($<HTMLAnchorElement>(el, '.categories a')!.href);
    expect(url.pathname).to.equal('/platforms/');
    expect(url.searchParams.get('category')).to.equal('marketing-customer-care');
    expect(url.searchParams.get('pillar')).to.equal('customer-experience');
  });

  it('estimates eligible support from the engine for the size class', async () => {
    const el = await wizard();
    // Trade and services, 8 staff, 5 bn revenue: within the micro limits (10 staff, 10 bn).
    await fillProfile(el, 'trade-services', '8', '5.000.000.000');
    expect($(el, '.size-name')!.textContent).to.equal('Doanh nghiệp siêu nhỏ');
    await goTo(el, 'results');
    const expected = calculateSubsidy({ size: 'micro', items: getProgramme().items.map((i) => ({ kind: i.kind, cost: 0 })) }).items.filter((i) => i.eligible);
    const items = $$(el, '.subsidy-list li');
    expect(items).to.have.length(expected.length);
    expected.forEach((item, i) => expect(items[i]!.textContent).to.contain(formatVnd(item.cap, 'vi')));
  });

  it('a large enterprise is told it is not eligible', async () => {
    const el = await wizard();
    await fillProfile(el, 'industry-construction', '500', '900.000.000.000');
    await goTo(el, 'results');
    expect($(el, '[aria-labelledby="subsidy-heading"] p')!.textContent).to.equal('Doanh nghiệp không thuộc diện hỗ trợ theo Điều 11.');
  });

  it('the review lists every unanswered criterion and one click goes back to it', async () => {
    const answers = plannedAnswers();
    delete answers['3.2.7'];
    const el = await answeredWizard(answers, 'review');
    const links = $$<HTMLButtonElement>(el, '.missing button');
    expect(links).to.have.length(1);
    links[0]!.click();
    await el.updateComplete;
    expect(el.currentStep).to.equal('pillar:infrastructure-technology');
    expect(el.shadowRoot!.activeElement!.closest('#c-3-2-7')).to.not.equal(null);
  });
});
