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

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.set({ status: 'idle' });
  }

  /** Resolves once the submission has been accepted or has failed for good; never rejects. */
  async submit(url: string, payload: { idempotencyKey: string }): Promise<SubmitState> {
    this.set({ status: 'sending', attempt: 1 });
    try {
      const { sendSubmission } = await import('./send-submission.js');
      return this.set(await sendSubmission(url, payload, (state) => this.set(state)));
    } catch (error) {
      // Only the import itself can fail here (sendSubmission never rejects): say so, so that Retry is offered.
      return this.set({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private set(state: SubmitState): SubmitState {
    this.state = state;
    this.host.requestUpdate();
    return state;
  }
}
