import { expect, html, oneEvent } from '@open-wc/testing';
import type { DbiAssessment } from '../../src/assessment/assessment.js';
import type { AssessmentSubmission } from '../../src/assessment/assessment-submission.js';
import type { DbiAssessmentCompleteEvent } from '../../src/events/dbi-assessment-complete-event.js';
import { sendSubmission } from '../../src/assessment/send-submission.js';
import type { SubmitState } from '../../src/assessment/submit-controller.js';
import { $, $$, cleanSlate, goTo, next, plannedAnswers, STORAGE_KEY, wizard } from './helpers.js';

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

interface HeldRequest {
  key: string;
  signal: AbortSignal | null | undefined;
  /** Answers this request with `status`. */
  answer: (status: number) => void;
}

/**
 * Intercepts fetch for SUBMIT_URL and holds every request until the test answers it. The abort
 * signal is recorded but not honoured, like a server whose answer was already on its way.
 */
function holdSubmissions(): { held: HeldRequest[]; restore: () => void } {
  const original = globalThis.fetch;
  const held: HeldRequest[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (new URL(new Request(input).url).pathname !== SUBMIT_URL) return original(input, init);
    const key = new Headers(init?.headers).get('Idempotency-Key')!;
    const status = await new Promise<number>((answer) => held.push({ key, signal: init?.signal, answer }));
    return new Response('', { status });
  };
  return { held, restore: () => (globalThis.fetch = original) };
}

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

  it('a slow send overtaken by a change of answer never reports the new submission as sent', async () => {
    const server = holdSubmissions();
    try {
      const el = await wizard(html`<dbi-assessment submit-url=${SUBMIT_URL}></dbi-assessment>`);
      el.answers = plannedAnswers();
      await goTo(el, 'results');
      await until(el, () => server.held.length === 1);
      const first = server.held[0]!;

      // Back to the review, one answer changed, results again: a new submission, sent at once.
      const stepButtons = $$<HTMLButtonElement>(el, '.step-button');
      stepButtons[stepButtons.length - 2]!.click();
      await el.updateComplete;
      el.answers = { ...plannedAnswers(), '2.1.1': plannedAnswers()['2.1.1'] === 0 ? 1 : 0 };
      await next(el);
      expect(el.currentStep).to.equal('results');
      await until(el, () => server.held.length === 2);
      const second = server.held[1]!;
      expect(second.key).to.not.equal(first.key);

      second.answer(400);
      await until(el, () => statusText(el).startsWith('Chưa gửi được'));
      first.answer(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(statusText(el), 'the first send\'s success is not the second\'s').to.contain('HTTP 400');
      expect($(el, '[part="submit-status"] button'), 'Send again is offered').to.not.equal(null);
      // Any save (here: the step list's results button) stores the second submission as not sent.
      stepButtons[stepButtons.length - 1]!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).submission).to.include({ idempotencyKey: second.key, sent: false });
      expect(first.signal?.aborted, 'the first send was aborted when the answer changed').to.equal(true);
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

describe('sendSubmission', () => {
  it('gives up an attempt that hangs after its timeout, retries, and reports a failure that can be sent again', async () => {
    const original = globalThis.fetch;
    const signals: AbortSignal[] = [];
    let hang = true;
    // A request that never gets an answer; like the real fetch it rejects when its signal aborts.
    globalThis.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init!.signal!;
      signals.push(signal);
      if (!hang) return Promise.resolve(new Response('', { status: 200 }));
      return new Promise<Response>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
    };
    try {
      const reports: SubmitState[] = [];
      const payload = { idempotencyKey: 'k' };
      const outcome = await sendSubmission(SUBMIT_URL, payload, (state) => reports.push(state), new AbortController().signal, 50);
      expect(outcome.status).to.equal('failed');
      expect(signals, 'three attempts, each given up').to.have.length(3);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      expect(reports.map((r) => r.status)).to.deep.equal(['sending', 'sending', 'sending']);

      hang = false;
      expect(await sendSubmission(SUBMIT_URL, payload, () => {}, new AbortController().signal, 50)).to.deep.equal({ status: 'sent' });
    } finally {
      globalThis.fetch = original;
    }
  });

  it('stops when its signal aborts, without further attempts', async () => {
    const original = globalThis.fetch;
    const stop = new AbortController();
    let calls = 0;
    globalThis.fetch = () => {
      calls++;
      stop.abort();
      return Promise.resolve(new Response('', { status: 503, headers: { 'Retry-After': '0' } }));
    };
    try {
      expect((await sendSubmission(SUBMIT_URL, { idempotencyKey: 'k' }, () => {}, stop.signal)).status).to.equal('failed');
      expect(calls, 'no retry after the abort').to.equal(1);
    } finally {
      globalThis.fetch = original;
    }
  });
});
