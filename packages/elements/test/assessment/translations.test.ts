import { expect, html } from '@open-wc/testing';
import { ENTERPRISE_SIZES } from '@dbi-kit/engine';
import { assessmentStrings } from '../../src/assessment/assessment.translations.js';
import { expectCompleteTranslations } from '../helpers/translations.js';
import { answeredWizard, cleanSlate, next, plannedAnswers, wizard } from './helpers.js';

// Letters only Vietnamese uses (lower case; "Đ" stays out: English text cites "QĐ-BTTTT" and "NĐ-CP").
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/** The first Vietnamese word in `text`, with some context, or null. */
function vietnameseIn(text: string): string | null {
  const hit = VIETNAMESE.exec(text);
  return hit ? text.slice(Math.max(0, hit.index - 60), hit.index + 20) : null;
}

function visibleText(root: ShadowRoot): string {
  return [...root.querySelectorAll('*')]
    .filter((el) => el.children.length === 0 || el.tagName === 'P' || el.tagName === 'LI')
    .map((el) => `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''}`)
    .join(' ');
}

describe('<dbi-assessment> translations', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('vi and en have every string, none empty', () => {
    expectCompleteTranslations(assessmentStrings);
  });

  it('names every size class, unit and source status in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = assessmentStrings[lang];
      for (const size of ENTERPRISE_SIZES) expect(t.sizeName(size), `${lang} ${size}`).to.not.equal(size);
      // Each has its own wording: a missing entry would fall back and repeat another one.
      expect(new Set(['vnd', 'people', 'count'].map(t.unitOf)).size, `${lang} units`).to.equal(3);
      expect(new Set(['official', 'reconstructed', 'provisional'].map(t.sourceStatus)).size, `${lang} statuses`).to.equal(3);
      expect(new Set(ENTERPRISE_SIZES.map(t.sizeName)).size, `${lang} sizes`).to.equal(ENTERPRISE_SIZES.length);
      expect(t.ratioProblem('ratio-above-one')).to.not.equal(t.ratioProblem('zero-denominator'));
    }
  });

  it('in English, every step and the results show no Vietnamese', async function () {
    this.timeout(60_000);
    const el = await wizard(html`<dbi-assessment lang="en"></dbi-assessment>`);
    for (let step = 0; step < 9; step++) {
      expect(vietnameseIn(visibleText(el.shadowRoot!)), `step ${el.currentStep}`).to.equal(null);
      await next(el);
    }
    expect(el.currentStep).to.equal('results');
  });

  it('in English, the results with every answer show no Vietnamese', async () => {
    const el = await answeredWizard(plannedAnswers(), 'results', html`<dbi-assessment lang="en"></dbi-assessment>`);
    const text = visibleText(el.shadowRoot!);
    expect(vietnameseIn(text)).to.equal(null);
    expect(text).to.contain('What moves you up');
  });

  it('in Vietnamese, no English interface string shows', async () => {
    const el = await answeredWizard(plannedAnswers(), 'results');
    const text = visibleText(el.shadowRoot!);
    const { vi, en } = assessmentStrings;
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'string' && value !== vi[key as keyof typeof vi] && value.length > 4) expect(text, key).to.not.contain(value);
    }
  });
});
