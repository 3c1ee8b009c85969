import type { SubmitState } from './submit-controller.js';

/** Delays before the second and third attempts; a server's `Retry-After` can lengthen them. */
export const RETRY_DELAYS_MS: readonly number[] = [400, 1200];
const MAX_RETRY_AFTER_MS = 10_000;
/** How long one attempt may take before it is given up (and retried, like a network error). */
export const ATTEMPT_TIMEOUT_MS = 30_000;

const retryable = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

function retryAfter(response: Response | undefined, fallback: number): number {
  const header = response?.headers.get('Retry-After');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : fallback;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs the payload as JSON, retrying on network errors, 408, 425, 429 and 5xx (honouring
 * `Retry-After`), with the payload's `idempotencyKey` also sent as the `Idempotency-Key` header,
 * so a server that sees the same submission twice can keep one. Reports each state as it goes
 * and resolves with the last one (`sent` or `failed`); never rejects. Each attempt is given up
 * after `timeout` ms; `signal` aborts the attempt under way and stops the retries. `fetch` is
 * looked up on each call, so a page (or a test) can wrap it.
 */
export async function sendSubmission(
  url: string,
  payload: { idempotencyKey: string },
  report: (state: SubmitState) => void,
  signal: AbortSignal,
  timeout = ATTEMPT_TIMEOUT_MS,
): Promise<SubmitState> {
  const body = JSON.stringify(payload);
  const attempts = RETRY_DELAYS_MS.length + 1;
  let reason = '';
  for (let attempt = 1; attempt <= attempts && !signal.aborted; attempt++) {
    report({ status: 'sending', attempt });
    let response: Response | undefined;
    try {
      response = await globalThis.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': payload.idempotencyKey },
        body,
        credentials: 'same-origin',
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
      });
      if (response.ok) return { status: 'sent' };
      reason = `HTTP ${response.status}`;
      if (!retryable(response.status)) break;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (attempt < attempts) await sleep(retryAfter(response, RETRY_DELAYS_MS[attempt - 1]!));
  }
  return { status: 'failed', reason };
}
