import { DbiEvent } from '../internal/dbi-event.js';

/** Where `<dbi-assessment>` is going. Step ids: `intro`, `profile`, `pillar:<pillar id>`, `review`, `results`. */
export interface StepChangeDetail {
  /** The step being left. */
  from: string;
  /** The step about to show. */
  to: string;
  /** The position of `to` in the step list, from 0. */
  index: number;
  /** How many steps there are. */
  count: number;
}

/**
 * Fired by `<dbi-assessment>` before it moves to another step. Cancelable: call
 * `preventDefault()` to keep the visitor where they are (for example, to ask for consent first).
 *
 * @example
 * wizard.addEventListener('dbi-step-change', (e) => { if (e.detail.to === 'results' && !consented) e.preventDefault(); });
 */
export class DbiStepChangeEvent extends DbiEvent<StepChangeDetail> {
  static readonly eventName = 'dbi-step-change';

  constructor(detail: StepChangeDetail) {
    super(DbiStepChangeEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-step-change': DbiStepChangeEvent;
  }
}
