import { expect, fixture, html } from '@open-wc/testing';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import { $, $$, cleanSlate, goTo, METHODOLOGY, STORAGE_KEY, wizard } from './helpers.js';

const noticeTexts = (el: DbiAssessment) => $$(el, '[part="notice"] p').map((p) => p.textContent);

async function click(el: DbiAssessment, selector: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  if (!input) throw new Error(`no ${selector}`);
  input.click();
  await el.updateComplete;
}

/** What a reload does to the element: a new one on the same page, with the same storage. */
async function reload(el: DbiAssessment, template = html`<dbi-assessment></dbi-assessment>`): Promise<DbiAssessment> {
  el.remove();
  return wizard(template);
}

describe('<dbi-assessment> autosave', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('saves every change and a reload resumes on the same step with the same answers and profile', async () => {
    const el = await wizard();
    await goTo(el, 'profile');
    const employees = $<HTMLInputElement>(el, '#profile-employees')!;
    employees.value = '12';
    employees.dispatchEvent(new Event('input'));
    await goTo(el, 'pillar:strategy');
    await click(el, 'input[name="c-2-1-1-gate"][value="1"]');
    await click(el, 'input[name="c-2-1-1-step"][value="4"]');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.include({ step: 'pillar:strategy' });

    const again = await reload(el);
    expect(again.currentStep).to.equal('pillar:strategy');
    expect(again.answers).to.deep.equal({ '2.1.1': 4 });
    expect($<HTMLInputElement>(again, 'input[name="c-2-1-1-step"][value="4"]')!.checked).to.equal(true);
    expect(noticeTexts(again)).to.deep.equal(['Đã khôi phục câu trả lời bạn lưu lần trước.']);
    again.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step-button')[1]!.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#profile-employees')!.value).to.equal('12');
  });

  it('keeps a gate opened with "Yes" open but unanswered until a step is chosen', async () => {
    const el = await wizard();
    await goTo(el, 'pillar:strategy');
    await click(el, 'input[name="c-2-1-1-gate"][value="1"]');
    // 2.1.1 is a gated ladder of 6 steps: "No" (the gate) and the 5 steps shown after "Yes".
    expect($$(el, 'input[name="c-2-1-1-step"]')).to.have.length(5);
    expect(el.answers).to.deep.equal({});
    await click(el, 'input[name="c-2-1-1-gate"][value="0"]');
    expect(el.answers).to.deep.equal({ '2.1.1': 0 });
    expect($$(el, 'input[name="c-2-1-1-step"]')).to.have.length(0);
  });

  for (const [name, stored] of [
    ['not JSON', '{"format":1,'],
    ['an answer out of range', JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '2.1.1': 9 }, profile: {}, step: 'review' })],
    ['an unknown criterion', JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '9.9.9': 1 }, profile: {}, step: 'review' })],
    ['a step that does not exist', JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: {}, profile: {}, step: 'pillar:nope' })],
    ['another format', JSON.stringify({ format: 99, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: {}, profile: {}, step: 'review' })],
  ] as const) {
    it(`storage holding ${name} → a notice and a clean start, and the entry is removed`, async () => {
      localStorage.setItem(STORAGE_KEY, stored);
      const el = await wizard();
      expect(el.currentStep).to.equal('intro');
      expect(el.answers).to.deep.equal({});
      expect(noticeTexts(el)).to.deep.equal(['Dữ liệu đã lưu bị hỏng và đã được xoá. Bắt đầu mới.']);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });
  }

  it('answers saved for another version → a notice and a clean start', async () => {
    const otherKey = `dbi-kit:assessment:${METHODOLOGY.id}@2020.0`;
    localStorage.setItem(otherKey, JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: '2020.0' }, answers: { '2.1.1': 3 }, profile: {}, step: 'review' }));
    const el = await wizard();
    expect(el.currentStep).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    expect(noticeTexts(el)).to.deep.equal(['Câu trả lời đã lưu thuộc phiên bản khác của bộ chỉ số nên không dùng được. Bắt đầu mới.']);
  });

  it('answers saved for another version are kept, beside the new version\'s', async () => {
    const otherKey = `dbi-kit:assessment:${METHODOLOGY.id}@2020.0`;
    const other = JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: '2020.0' }, answers: { '2.1.1': 3 }, profile: {}, step: 'review' });
    localStorage.setItem(otherKey, other);
    const el = await wizard();
    expect(localStorage.getItem(otherKey), 'not deleted on load').to.equal(other);
    await goTo(el, 'pillar:strategy');
    await click(el, 'input[name="c-2-1-1-gate"][value="0"]');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers).to.deep.equal({ '2.1.1': 0 });
    expect(localStorage.getItem(otherKey), 'not deleted on save').to.equal(other);
    const again = await reload(el);
    expect(again.answers).to.deep.equal({ '2.1.1': 0 });
    expect(noticeTexts(again)).to.deep.equal(['Đã khôi phục câu trả lời bạn lưu lần trước.']);
    expect(localStorage.getItem(otherKey)).to.equal(other);
  });

  it('two wizards with distinct ids on one page keep their own answers across a reload', async () => {
    const page = () => html`<div>
      <dbi-assessment id="shop"></dbi-assessment>
      <dbi-assessment id="factory"></dbi-assessment>
    </div>`;
    const both = async (container: Element) => {
      const [shop, factory] = [...container.querySelectorAll<DbiAssessment>('dbi-assessment')];
      await shop!.updateComplete;
      await factory!.updateComplete;
      return [shop!, factory!] as const;
    };
    const first = await fixture(page());
    const [shop, factory] = await both(first);
    shop.answers = { '2.1.1': 4 };
    factory.answers = { '2.1.1': 1, '1.1.1': 0 };
    expect(localStorage.getItem(`${STORAGE_KEY}#shop`)).to.not.equal(null);
    expect(localStorage.getItem(`${STORAGE_KEY}#factory`)).to.not.equal(null);
    expect(localStorage.getItem(STORAGE_KEY), 'an element with an id does not use the key of one without').to.equal(null);
    first.remove();

    const [shopAgain, factoryAgain] = await both(await fixture(page()));
    expect(shopAgain.answers).to.deep.equal({ '2.1.1': 4 });
    expect(factoryAgain.answers).to.deep.equal({ '2.1.1': 1, '1.1.1': 0 });
    expect(noticeTexts(shopAgain), 'the other wizard\'s entry is not another version').to.deep.equal(['Đã khôi phục câu trả lời bạn lưu lần trước.']);
  });

  it('answers set before the methodology loads go on top of the saved progress, which keeps its profile and step', async () => {
    const saved = { format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '2.1.1': 2, '1.1.1': 1 }, step: 'pillar:strategy' };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, profile: { name: 'Cơ sở Mẫu', sector: 'trade-services', employees: '12', revenue: '', capital: '' } }));
    // As the React wrapper does: the property is set on the new element before its first update.
    const el = await wizard(html`<dbi-assessment .answers=${{ '1.1.1': 4, '3.1.1': 0 }}></dbi-assessment>`);
    expect(el.answers).to.deep.equal({ '2.1.1': 2, '1.1.1': 4, '3.1.1': 0 });
    expect(el.currentStep).to.equal('pillar:strategy');
    const entry = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(entry).to.include({ step: 'pillar:strategy' });
    expect(entry.answers).to.deep.equal({ '2.1.1': 2, '1.1.1': 4, '3.1.1': 0 });
    expect(entry.profile).to.include({ name: 'Cơ sở Mẫu', employees: '12' });
    $$<HTMLButtonElement>(el, '.step-button')[1]!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#profile-employees')!.value).to.equal('12');
  });

  it('answers set before the methodology loads keep saved results that they do not change, and reopen the review when they do', async () => {
    const saved = JSON.stringify({
      format: 1,
      methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version },
      answers: { '2.1.1': 2 },
      profile: {},
      step: 'results',
      submission: { idempotencyKey: 'key-1', submittedAt: '2026-11-23T09:30:00.000Z', sent: true },
    });
    localStorage.setItem(STORAGE_KEY, saved);
    const same = await wizard(html`<dbi-assessment .answers=${{ '2.1.1': 2 }}></dbi-assessment>`);
    expect(same.currentStep).to.equal('results');
    expect(localStorage.getItem(STORAGE_KEY), 'nothing changed, nothing saved').to.equal(saved);
    same.remove();

    const changed = await wizard(html`<dbi-assessment .answers=${{ '2.1.1': 3 }}></dbi-assessment>`);
    expect(changed.currentStep).to.equal('review');
    const entry = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(entry).to.include({ step: 'review' });
    expect(entry.answers).to.deep.equal({ '2.1.1': 3 });
    expect(entry.submission, 'the old results no longer hold').to.equal(undefined);
  });

  it('answers set before the methodology loads that the engine refuses leave the saved progress as it was', async () => {
    const saved = JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '2.1.1': 2 }, profile: {}, step: 'review' });
    localStorage.setItem(STORAGE_KEY, saved);
    const error = console.error;
    const logged: unknown[] = [];
    console.error = (e: unknown) => logged.push(e);
    try {
      const el = await wizard(html`<dbi-assessment .answers=${{ '2.1.1': 42 }}></dbi-assessment>`);
      expect(el.answers).to.deep.equal({ '2.1.1': 2 });
      expect(el.currentStep).to.equal('review');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(saved);
      expect(noticeTexts(el), 'the saved data is fine: no "corrupt" notice').to.deep.equal(['Đã khôi phục câu trả lời bạn lưu lần trước.']);
      expect(String(logged[0])).to.contain('2.1.1');
    } finally {
      console.error = error;
    }
  });

  it('an element without an id still restores progress saved under the key without an id', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '2.1.1': 2 }, profile: {}, step: 'review' }));
    localStorage.setItem(`${STORAGE_KEY}#other`, JSON.stringify({ format: 1, methodology: { id: METHODOLOGY.id, version: METHODOLOGY.version }, answers: { '2.1.1': 5 }, profile: {}, step: 'review' }));
    const el = await wizard();
    expect(el.currentStep).to.equal('review');
    expect(el.answers).to.deep.equal({ '2.1.1': 2 });
    expect(noticeTexts(el)).to.deep.equal(['Đã khôi phục câu trả lời bạn lưu lần trước.']);
  });

  it('full storage → a notice, and the answers stay on the page', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await wizard();
      await goTo(el, 'pillar:strategy');
      await click(el, 'input[name="c-2-1-1-gate"][value="0"]');
      expect(el.answers).to.deep.equal({ '2.1.1': 0 });
      expect(noticeTexts(el)).to.include('Bộ nhớ trình duyệt đã đầy: câu trả lời không được lưu. Hãy sao chép liên kết tiếp tục để không mất câu trả lời.');
      expect(el.currentStep).to.equal('pillar:strategy');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a notice can be dismissed', async () => {
    localStorage.setItem(STORAGE_KEY, 'garbage');
    const el = await wizard();
    $<HTMLButtonElement>(el, '[part="notice"] button')!.click();
    await el.updateComplete;
    expect(noticeTexts(el)).to.deep.equal([]);
  });

  it('with autosave="off" nothing is stored and nothing is restored', async () => {
    const el = await wizard(html`<dbi-assessment autosave="off"></dbi-assessment>`);
    expect(el.autosave).to.equal(false);
    expect($(el, '.facts')!.textContent).to.contain('không được lưu lại');
    await goTo(el, 'pillar:strategy');
    await click(el, 'input[name="c-2-1-1-gate"][value="0"]');
    expect(localStorage.length).to.equal(0);
  });

  it('start over deletes the saved answers after a confirmation', async () => {
    const el = await wizard();
    el.answers = { '2.1.1': 2 };
    await goTo(el, 'results');
    const startOver = $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent === 'Làm lại từ đầu')!;
    startOver.click();
    await el.updateComplete;
    expect(el.currentStep, 'nothing happens before the confirmation').to.equal('results');
    $<HTMLButtonElement>(el, '[role="alert"] .primary')!.click();
    await el.updateComplete;
    expect(el.currentStep).to.equal('intro');
    expect(el.answers).to.deep.equal({});
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });
});
