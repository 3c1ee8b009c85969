import { expect, html } from '@open-wc/testing';
import type { Methodology } from '@dbi-kit/engine';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import { $, $$, cleanSlate, METHODOLOGY, wizard } from './helpers.js';

/** A province's variant of the bundled methodology: same questions, its own id, title and version. */
const VARIANT = { ...JSON.parse(JSON.stringify(METHODOLOGY)), id: 'sample-province-variant', version: '1.0', title: { vi: 'Bộ chỉ số mẫu của tỉnh (SAMPLE)', en: 'A province’s sample index (SAMPLE)' } } as Methodology;

function serve(files: Record<string, string>): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
    return path in files ? new Response(files[path], { headers: { 'Content-Type': 'application/json' } }) : original(input, init);
  };
  return () => (globalThis.fetch = original);
}

async function settled(el: DbiAssessment): Promise<void> {
  for (let i = 0; i < 100 && $(el, '[role="status"]:only-child'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

describe('<dbi-assessment> methodology sources', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('loads a methodology JSON from a URL and renders its questions', async () => {
    const restore = serve({ '/variants/province.json': JSON.stringify(VARIANT) });
    try {
      const el = await wizard(html`<dbi-assessment methodology="/variants/province.json"></dbi-assessment>`);
      await settled(el);
      expect($(el, '#wizard-title')!.textContent).to.equal('Bộ chỉ số mẫu của tỉnh (SAMPLE)');
      expect(el.loadedMethodology?.id).to.equal('sample-province-variant');
      expect($$(el, '.step-button')).to.have.length(10);
    } finally {
      restore();
    }
  });

  it('a methodology file the engine rejects shows an error naming the problem', async () => {
    const restore = serve({ '/variants/broken.json': JSON.stringify({ ...VARIANT, maxPoints: 999 }) });
    try {
      const el = await wizard(html`<dbi-assessment methodology="/variants/broken.json"></dbi-assessment>`);
      await settled(el);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('Không tải được bộ chỉ số');
      expect(alert.textContent).to.contain('maxPoints');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('an unknown bundled id shows an error', async () => {
    const el = await wizard(html`<dbi-assessment methodology="no-such-index"></dbi-assessment>`);
    expect($(el, '[role="alert"]')!.textContent).to.contain('no-such-index');
  });

  it('methodologyData takes precedence and keeps its own saved answers apart', async () => {
    const el = await wizard();
    el.answers = { '2.1.1': 3 };
    el.methodologyData = VARIANT;
    await el.updateComplete;
    expect($(el, '#wizard-title')!.textContent).to.equal('Bộ chỉ số mẫu của tỉnh (SAMPLE)');
    expect(el.answers).to.deep.equal({});
    expect(localStorage.getItem(`dbi-kit:assessment:${METHODOLOGY.id}@${METHODOLOGY.version}`)).to.not.equal(null);
  });
});
