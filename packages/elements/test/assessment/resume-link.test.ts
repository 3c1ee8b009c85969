import { expect, html } from '@open-wc/testing';
import { decodeAnswers, encodeAnswers } from '@dbi-kit/engine';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import { resumeLink } from '../../src/assessment/resume-code.js';
import { forgetResumeCode, resumeCodeIn } from '../../src/assessment/resume-link.js';
import { $, $$, cleanSlate, goTo, METHODOLOGY, plannedAnswers, wizard } from './helpers.js';

const noticeTexts = (el: DbiAssessment) => $$(el, '[part="notice"] p').map((p) => p.textContent);

/** Opens the page at `link`, as following it on another device would (storage there is empty). */
function arriveAt(link: string): void {
  cleanSlate();
  history.replaceState(null, '', new URL(link).hash);
}

describe('<dbi-assessment> resume link', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('copies a link holding the engine-encoded answers, which restores them on another device', async () => {
    const some = Object.fromEntries(Object.entries(plannedAnswers()).slice(0, 20));
    const el = await wizard();
    el.answers = some;
    await goTo(el, 'pillar:strategy');
    $<HTMLButtonElement>(el, '.nav .link')!.click();
    await el.updateComplete;
    const link = $<HTMLInputElement>(el, '#resume-link')!.value;
    expect(link.startsWith(`${location.origin}${location.pathname}`)).to.equal(true);
    const code = resumeCodeIn(new URL(link).hash)!;
    expect(code).to.equal(encodeAnswers(METHODOLOGY, some));
    expect(decodeAnswers(METHODOLOGY, code)).to.deep.equal(some);
    el.remove();

    arriveAt(link);
    const restored = await wizard();
    expect(restored.answers).to.deep.equal(some);
    expect(noticeTexts(restored)).to.deep.equal(['Đã khôi phục câu trả lời từ liên kết.']);
    // The first 20 answers fill pillar 1 (13 criteria) and pillars 2 and 3 in part: it resumes at the first open question.
    expect(restored.currentStep).to.equal('pillar:infrastructure-technology');
    expect(location.hash, 'the code leaves the address bar, so a reload resumes from autosave').to.equal('');
  });

  it('answers set before the methodology loads go on top of a resume link\'s, which is not ignored', async () => {
    arriveAt(resumeLink(location.href, encodeAnswers(METHODOLOGY, { '2.1.1': 2, '1.1.1': 1 })));
    const el = await wizard(html`<dbi-assessment .answers=${{ '1.1.1': 4 }}></dbi-assessment>`);
    expect(el.answers).to.deep.equal({ '2.1.1': 2, '1.1.1': 4 });
    expect(noticeTexts(el)).to.deep.equal(['Đã khôi phục câu trả lời từ liên kết.']);
    expect(location.hash).to.equal('');
  });

  it('a link with every answer opens the review', async () => {
    arriveAt(resumeLink(location.href, encodeAnswers(METHODOLOGY, plannedAnswers())));
    const el = await wizard();
    expect(el.currentStep).to.equal('review');
    expect(el.answers).to.deep.equal(plannedAnswers());
  });

  for (const [name, code] of [
    ['damaged', 'dbi-2021-sme~%%%'],
    ['for another version', encodeAnswers(METHODOLOGY, { '2.1.1': 2 }).replace(METHODOLOGY.version, '1999.1')],
  ]) {
    it(`a ${name} link → a notice and a clean start`, async () => {
      arriveAt(resumeLink(location.href, code!));
      const el = await wizard();
      expect(el.answers).to.deep.equal({});
      expect(el.currentStep).to.equal('intro');
      expect(noticeTexts(el)).to.deep.equal(['Liên kết tiếp tục không dùng được (hỏng hoặc thuộc phiên bản bộ chỉ số khác). Bắt đầu mới.']);
    });
  }

  it('reads its code among other fragment parameters and removes only its own', () => {
    history.replaceState(null, '', '#tab=2&dbi-assessment=abc');
    expect(resumeCodeIn(location.hash)).to.equal('abc');
    expect(resumeCodeIn('#tab=2')).to.equal(undefined);
    forgetResumeCode();
    expect(location.hash).to.equal('#tab=2');
  });
});
