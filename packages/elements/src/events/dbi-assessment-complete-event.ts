import type { AssessmentSubmission } from '../assessment/assessment-submission.js';
import { DbiEvent } from '../internal/dbi-event.js';

/**
 * Fired by `<dbi-assessment>` when the visitor reaches the results. Its detail is exactly the
 * JSON the element POSTs to `submit-url` (`methodology`, `answers`, `result`, `profile`,
 * `submittedAt`, `idempotencyKey`); it fires whether or not `submit-url` is set.
 *
 * @example
 * wizard.addEventListener('dbi-assessment-complete', (e) => analytics.track('dbi', e.detail.result.level));
 */
export class DbiAssessmentCompleteEvent extends DbiEvent<AssessmentSubmission> {
  static readonly eventName = 'dbi-assessment-complete';

  constructor(detail: AssessmentSubmission) {
    super(DbiAssessmentCompleteEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-assessment-complete': DbiAssessmentCompleteEvent;
  }
}
