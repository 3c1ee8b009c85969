import { expect } from '@open-wc/testing';
import type { DbiAnswerChangeEvent } from '../../src/events/dbi-answer-change-event.js';
import type { DbiStepChangeEvent } from '../../src/events/dbi-step-change-event.js';
import { $, cleanSlate, CRITERIA, goTo, next, wizard } from './helpers.js';

describe('<dbi-assessment> events', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('dbi-step-change reports each move and can keep the visitor where they are', async () => {
    const el = await wizard();
    const seen: DbiStepChangeEvent['detail'][] = [];
    let block = true;
    const listener = (e: DbiStepChangeEvent) => {
      seen.push(e.detail);
      if (block) e.preventDefault();
    };
    document.addEventListener('dbi-step-change', listener);
    try {
      await next(el);
      expect(el.currentStep, 'cancelled: still on the intro').to.equal('intro');
      block = false;
      await next(el);
      expect(el.currentStep).to.equal('profile');
    } finally {
      document.removeEventListener('dbi-step-change', listener);
    }
    // intro, profile, six pillars, review, results
    expect(seen).to.deep.equal([
      { from: 'intro', to: 'profile', index: 1, count: 10 },
      { from: 'intro', to: 'profile', index: 1, count: 10 },
    ]);
  });

  it('dbi-answer-change carries the criterion, the answer and the count, and reaches the document', async () => {
    const el = await wizard();
    await goTo(el, 'pillar:customer-experience');
    const seen: DbiAnswerChangeEvent['detail'][] = [];
    const listener = (e: DbiAnswerChangeEvent) => seen.push(e.detail);
    document.addEventListener('dbi-answer-change', listener);
    $<HTMLInputElement>(el, 'input[name="c-1-1-1-gate"][value="0"]')!.click();
    const numerator = $<HTMLInputElement>(el, '#n-1-1-3')!;
    const denominator = $<HTMLInputElement>(el, '#d-1-1-3')!;
    numerator.value = '30.000.000';
    numerator.dispatchEvent(new Event('input'));
    await el.updateComplete;
    denominator.value = '120.000.000';
    denominator.dispatchEvent(new Event('input'));
    await el.updateComplete;
    document.removeEventListener('dbi-answer-change', listener);
    expect(seen).to.deep.equal([
      { criterionId: '1.1.1', answer: 0, answered: 1, total: CRITERIA.length },
      { criterionId: '1.1.3', answer: { numerator: 30_000_000, denominator: 120_000_000 }, answered: 2, total: CRITERIA.length },
    ]);
    // 30,000,000 / 120,000,000 = 25 %
    expect($(el, '#share-1-1-3')!.textContent).to.equal('Tỷ lệ: 25%');
  });

  it('a ratio the engine refuses shows why and leaves the criterion unanswered', async () => {
    const el = await wizard();
    await goTo(el, 'pillar:customer-experience');
    const numerator = $<HTMLInputElement>(el, '#n-1-1-3')!;
    const denominator = $<HTMLInputElement>(el, '#d-1-1-3')!;
    numerator.value = '5';
    numerator.dispatchEvent(new Event('input'));
    denominator.value = '4';
    denominator.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect($(el, '#share-1-1-3')!.textContent).to.equal('Số thứ nhất không được lớn hơn số thứ hai.');
    expect(numerator.getAttribute('aria-invalid')).to.equal('true');
    numerator.value = 'năm';
    numerator.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#share-1-1-3')!.textContent).to.equal('Nhập số nguyên không âm, ví dụ 20.000.000.');
  });

  it('the answers property refuses what the engine refuses, naming the criterion', async () => {
    const el = await wizard();
    expect(() => (el.answers = { '1.1.1': 42 })).to.throw(/1\.1\.1/u);
    expect(el.answers).to.deep.equal({});
  });
});
