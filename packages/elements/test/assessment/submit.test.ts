import { expect, html, oneEvent } from '@open-wc/testing';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import type { AssessmentSubmission } from '../../src/assessment/assessment-submission.js';
import type { DbiAssessmentCompleteEvent } from '../../src/events/dbi-assessment-complete-event.js';
import { $, cleanSlate, goTo, plannedAnswers, STORAGE_KEY, wizard } from './helpers.js';

const SUBMIT_URL = '/__dbi-test__/submissions';

interface Received {
  body: AssessmentSubmission;
  key: string | null;
  contentType: string | null;
}

/**
 * Intercepts fetch for SUBMIT_URL: answers with the given statuses in turn (the last one
 * repeats) and records every request. Other URLs go to the real fetch.
 */
function interceptSubmissions(statuses: number[]): { received: Received[]; restore: () => void } {
  const original = globalThis.fetch;
  const received: Received[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname !== SUBMIT_URL) return original(input, init);
    received.push({ body: (await request.json()) as AssessmentSubmission, key: request.headers.get('Idempotency-Key'), contentType: request.headers.get('Content-Type') });
    const status = statuses[Math.min(received.length, statuses.length) - 1]!;
    // Retry-After: 0 keeps the test fast; the element honours it instead of its own delays.
    return new Response(status === 200 ? '{"ok":true}' : 'unavailable', { status, headers: { 'Retry-After': '0' } });
  };
  return { received, restore: () => (globalThis.fetch = original) };
}

async function until(el: DbiAssessment, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  expect(predicate()).to.equal(true);
}

const statusText = (el: DbiAssessment) => $(el, '[part="submit-status"]')!.textContent!.trim();

describe('<dbi-assessment> submit', () => {
  beforeEach(cleanSlate);
  afterEach(cleanSlate);

  it('fails after its retries, keeps the answers, and succeeds on "Send again" with the same idempotency key', async () => {
    const server = interceptSubmissions([503, 503, 503, 200]);
    try {
      const el = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      el.answers = plannedAnswers();
      await goTo(el, 'review');
      const completed = oneEvent(el, 'dbi-assessment-complete') as Promise<DbiAssessmentCompleteEvent>;
      $<HTMLButtonElement>(el, '.nav .primary')!.click();
      const { detail } = await completed;

      await until(el, () => statusText(el).startsWith('Chưa gửi được'));
      expect(server.received).to.have.length(3);
      expect(statusText(el)).to.contain('HTTP 503');
      expect(el.answers).to.deep.equal(plannedAnswers());
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers).to.deep.equal(plannedAnswers());
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part="submit-status"] button')!.click();
      await until(el, () => statusText(el) === 'Đã gửi kết quả.');
      expect(server.received).to.have.length(4);
      for (const request of server.received) {
        expect(request.body, 'every attempt sends what the event carried').to.deep.equal(JSON.parse(JSON.stringify(detail)));
        expect(request.key).to.equal(detail.idempotencyKey);
        expect(request.contentType).to.equal('application/json');
      }
      expect(Object.keys(detail).sort()).to.deep.equal(['answers', 'idempotencyKey', 'methodology', 'profile', 'result', 'submittedAt']);
      expect(detail.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).submission).to.include({ sent: true, idempotencyKey: detail.idempotencyKey });

      // A reload after success shows the confirmation and sends nothing again.
      el.remove();
      const again = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      expect(again.currentStep).to.equal('results');
      expect(statusText(again)).to.equal('Đã gửi kết quả.');
      expect(server.received).to.have.length(4);
    } finally {
      server.restore();
    }
  });

  it('does not retry a request the server refuses (400)', async () => {
    const server = interceptSubmissions([400]);
    try {
      const el = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      await goTo(el, 'results');
      await until(el, () => statusText(el).startsWith('Chưa gửi được'));
      expect(server.received).to.have.length(1);
    } finally {
      server.restore();
    }
  });

  it('a reload before the server accepted resends with the same idempotency key', async () => {
    const server = interceptSubmissions([503, 503, 503, 200]);
    try {
      const el = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      await goTo(el, 'results');
      await until(el, () => statusText(el).startsWith('Chưa gửi được'));
      el.remove();
      const again = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      await until(again, () => statusText(again) === 'Đã gửi kết quả.');
      expect(new Set(server.received.map((r) => r.key)).size).to.equal(1);
    } finally {
      server.restore();
    }
  });

  it('without submit-url sends nothing but still dispatches the event', async () => {
    const server = interceptSubmissions([200]);
    try {
      const el = await wizard();
      await goTo(el, 'review');
      const completed = oneEvent(el, 'dbi-assessment-complete');
      $<HTMLButtonElement>(el, '.nav .primary')!.click();
      expect((await completed).detail.result.points).to.equal(0);
      expect(server.received).to.have.length(0);
      expect($(el, '[part="submit-status"]')).to.have.class('empty');
    } finally {
      server.restore();
    }
  });
});
