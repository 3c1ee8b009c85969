import type { Answer } from '@dbi-kit/engine';
import { DbiEvent } from '../internal/dbi-event.js';

/** One answer given, changed or cleared in `<dbi-assessment>`. */
export interface AnswerChangeDetail {
  criterionId: string;
  /** The new answer, or `null` when it was cleared. */
  answer: Answer | null;
  /** How many criteria are answered now, and how many there are. */
  answered: number;
  total: number;
}

/**
 * Fired by `<dbi-assessment>` whenever an answer changes (after it is saved, when autosave is on).
 *
 * @example
 * wizard.addEventListener('dbi-answer-change', (e) => progress.value = e.detail.answered / e.detail.total);
 */
export class DbiAnswerChangeEvent extends DbiEvent<AnswerChangeDetail> {
  static readonly eventName = 'dbi-answer-change';

  constructor(detail: AnswerChangeDetail) {
    super(DbiAnswerChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-answer-change': DbiAnswerChangeEvent;
  }
}
