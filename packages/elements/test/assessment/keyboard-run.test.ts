import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { scoreAssessment, type Criterion } from '@dbi-kit/engine';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import type { DbiAssessmentCompleteEvent } from '../../src/events/dbi-assessment-complete-event.js';
import { $, $$, cleanSlate, CRITERIA, deepActiveElement, METHODOLOGY, plannedAnswer, plannedAnswers, press, tabUntil, wizard } from './helpers.js';

const domId = (id: string) => `c-${id.replaceAll('.', '-')}`;
const insideCriterion = (criterion: Criterion) => (active: Element | null) => !!active?.closest(`#${domId(criterion.id)}`);

/** Answers one criterion with keys only, starting from wherever focus is. */
async function answerByKeyboard(el: DbiAssessment, criterion: Criterion, position: number): Promise<void> {
  const answer = plannedAnswer(criterion, position);
  const first = await tabUntil(el, insideCriterion(criterion), `criterion ${criterion.id}`);
  if (criterion.kind === 'ratio') {
    if (typeof answer !== 'object') throw new Error('ratio plan');
    expect(first.id, 'Tab reaches the numerator first').to.equal(`n-${criterion.id.replaceAll('.', '-')}`);
    await sendKeys({ type: String(answer.numerator) });
    await press(el, 'Tab');
    expect(deepActiveElement()?.id).to.equal(`d-${criterion.id.replaceAll('.', '-')}`);
    await sendKeys({ type: String(answer.denominator) });
    await el.updateComplete;
    return;
  }
  if (typeof answer !== 'number') throw new Error('scale plan');
  expect((first as HTMLInputElement).type).to.equal('radio');
  if (criterion.gate) {
    expect((first as HTMLInputElement).value, 'the gate starts on "No"').to.equal('0');
    if (answer === 0) return press(el, ' ');
    await press(el, 'ArrowRight'); // "Yes": the steps appear
    await press(el, 'Tab');
    await press(el, ' '); // the first step
    await press(el, 'ArrowDown', answer - 1);
  } else {
    await press(el, ' ');
    await press(el, 'ArrowDown', answer);
  }
  expect((deepActiveElement() as HTMLInputElement).checked, `${criterion.id} checked by keys`).to.equal(true);
}

async function activateNext(el: DbiAssessment): Promise<void> {
  await tabUntil(el, (active) => !!active?.matches('.nav .primary'), 'the Next button');
  await press(el, 'Enter');
  const heading = deepActiveElement();
  expect(heading?.matches('h2.step-heading'), 'focus moves to the step heading').to.equal(true);
}

describe('<dbi-assessment> with the keyboard only', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('runs from the intro through every pillar to results equal to scoreAssessment, axe-clean on every step', async function () {
    this.timeout(180_000);
    const el = await wizard();
    await expect(el).to.be.accessible();

    await activateNext(el);
    expect(el.currentStep).to.equal('profile');
    await tabUntil(el, (a) => a?.id === 'profile-name', 'the name field');
    await sendKeys({ type: 'Công ty Mẫu (SAMPLE)' });
    await press(el, 'Tab');
    expect(deepActiveElement()?.id).to.equal('profile-sector');
    await press(el, 'ArrowDown', 3); // "", agriculture, industry, trade and services
    await press(el, 'Tab');
    await sendKeys({ type: '25' });
    await press(el, 'Tab');
    await sendKeys({ type: '20.000.000.000' });
    await el.updateComplete;
    // Decree 80 Art. 5, trade and services: 25 staff > 10 (not micro); ≤ 50 staff and 20 bn ≤ 100 bn revenue → small.
    expect($(el, '.size-name')?.textContent).to.equal('Doanh nghiệp nhỏ');
    await expect(el).to.be.accessible();

    let position = 0;
    for (const pillar of METHODOLOGY.pillars) {
      await activateNext(el);
      expect(el.currentStep).to.equal(`pillar:${pillar.id}`);
      expect(deepActiveElement()?.textContent).to.equal(pillar.title.vi);
      for (const criterion of pillar.indices.flatMap((index) => index.criteria)) await answerByKeyboard(el, criterion, position++);
      await expect(el).to.be.accessible();
    }
    expect(position).to.equal(CRITERIA.length);
    expect(el.answers).to.deep.equal(plannedAnswers());

    await activateNext(el);
    expect(el.currentStep).to.equal('review');
    expect($(el, '[part="review-complete"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    await tabUntil(el, (active) => !!active?.matches('.nav .primary'), 'See results');
    const completed = oneEvent(el, 'dbi-assessment-complete') as Promise<DbiAssessmentCompleteEvent>;
    await press(el, 'Enter');
    const { detail } = await completed;
    expect(el.currentStep).to.equal('results');

    const expected = scoreAssessment(METHODOLOGY, plannedAnswers());
    expect(detail.result).to.deep.equal(expected);
    expect(detail.answers).to.deep.equal(plannedAnswers());
    expect(detail.profile).to.deep.equal({ name: 'Công ty Mẫu (SAMPLE)', sector: 'trade-services', employees: 25, revenue: 20_000_000_000, size: 'small' });

    const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
    const percent = (p: number) => new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(p / 100);
    expect($(el, '[data-figure="points"]')?.textContent).to.equal(`${vi(expected.points)}/${vi(expected.maxPoints)}`);
    expect($(el, '[data-figure="percent"]')?.textContent).to.equal(percent(expected.percent));
    expect($(el, '[data-figure="level"]')?.textContent).to.contain(`Mức ${expected.level}`);
    const rows = $$(el, '.pillars tbody tr');
    expect(rows.map((row) => row.querySelector('td.number')!.textContent!.split('\n')[0]!.trim().replace(/\s+/gu, ''))).to.deep.equal(
      expected.pillars.map((p) => `${vi(p.points)}/${vi(p.maxPoints)}${percent(p.percent)}`.replace(/\s+/gu, '')),
    );
    expect(rows.map((row) => row.querySelector('td.level')!.textContent)).to.satisfy((texts: string[]) =>
      texts.every((text, i) => text.includes(`Mức ${expected.pillars[i]!.level}`)),
    );
    expect($$(el, '.next-steps li')).to.have.length(expected.nextSteps.length);
    await expect(el).to.be.accessible();
  });
});
