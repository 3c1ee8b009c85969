import type { CertificateStatus } from '@dbi-kit/registry';
import type { BadgeStatus } from '../badge/badge-status.js';
import { DbiEvent } from '../internal/dbi-event.js';

/** The outcome of one certificate check by `<dbi-badge>`. */
export interface VerifyDetail {
  /** The platform id checked (the `platform` attribute). */
  platform: string;
  /** What the badge shows: `valid`, `expired`, `revoked`, `not-verified` or `could-not-verify`. */
  status: Exclude<BadgeStatus, 'verifying'>;
  /** The registry's precise verdict, or `null` when the badge is not set up well enough to check. */
  certificateStatus: CertificateStatus | null;
  /** English prose for logs: why. */
  reason: string;
  /** When the check finished (ISO 8601). */
  checkedAt: string;
  /** The certificate's end of validity (ISO 8601), once its signature verified; else `null`. */
  validUntil: string | null;
}

/**
 * Fired by `<dbi-badge>` each time a check finishes (on connect, and whenever `platform`,
 * `registry` or the trusted keys change).
 *
 * @example
 * badge.addEventListener('dbi-verify', (e) => console.log(e.detail.status, e.detail.reason));
 */
export class DbiVerifyEvent extends DbiEvent<VerifyDetail> {
  static readonly eventName = 'dbi-verify';

  constructor(detail: VerifyDetail) {
    super(DbiVerifyEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dbi-verify': DbiVerifyEvent;
  }
}
