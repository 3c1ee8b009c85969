import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a submission stands. `failed` keeps the reason for the message and the retry button. */
export type SubmitState =
  | { status: 'idle' }
  | { status: 'sending'; attempt: number }
  | { status: 'sent' }
  | { status: 'failed'; reason: string };

/**
 * Sends the finished assessment to the embedder's `submit-url` (see `sendSubmission`: a JSON
 * POST with retries and an `Idempotency-Key`) and keeps the host informed of where it stands.
 *
 * The sending code is imported on the first submission only: most pages set no `submit-url`
 * and never need it, so it is a lazy chunk of the browser bundles.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { status: 'idle' };
  /** The send under way. Only its reports count: one aborted or overtaken never changes `state`. */
  #current?: AbortController;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Aborts the send under way, if any, and forgets its outcome. */
  reset(): void {
    this.#current?.abort();
    this.#current = undefined;
    this.#set({ status: 'idle' });
  }

  /**
   * Sends `payload`, aborting any earlier send first. Resolves once the submission has been
   * accepted or has failed for good (or was overtaken by a reset or a newer send); never rejects.
   */
  async submit(url: string, payload: { idempotencyKey: string }): Promise<SubmitState> {
    this.#current?.abort();
    const run = new AbortController();
    this.#current = run;
    const apply = (state: SubmitState): SubmitState => (this.#current === run ? this.#set(state) : state);
    apply({ status: 'sending', attempt: 1 });
    try {
      const { sendSubmission } = await import('./send-submission.js');
      return apply(await sendSubmission(url, payload, apply, run.signal));
    } catch (error) {
      // Only the import itself can fail here (sendSubmission never rejects): say so, so that Retry is offered.
      return apply({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  #set(state: SubmitState): SubmitState {
    this.state = state;
    this.#host.requestUpdate();
    return state;
  }
}
