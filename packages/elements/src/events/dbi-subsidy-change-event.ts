import type { EnterpriseSize, SubsidyResult } from '@dbi-kit/engine';
import { DbiEvent } from '../internal/dbi-event.js';

/** The calculator's current answer. */
export interface SubsidyChangeDetail {
  /** The size class from the profile, or `null` while the profile is incomplete. */
  size: EnterpriseSize | null;
  /** `calculateSubsidy`'s result over the valid line items, or `null` without a size. */
  result: SubsidyResult | null;
}

/**
 * Fired by `<dbi-subsidy-calculator>` whenever its figures change (profile, line items or
 * selection).
 *
 * @example
 * calculator.addEventListener('dbi-subsidy-change', (e) => total.textContent = String(e.detail.result?.totals.support ?? 0));
 */
export class DbiSubsidyChangeEvent extends DbiEvent<SubsidyChangeDetail> {
  static readonly eventName = 'dbi-subsidy-change';

  constructor(detail: SubsidyChangeDetail) {
    super(DbiSubsidyChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-subsidy-change': DbiSubsidyChangeEvent;
  }
}
