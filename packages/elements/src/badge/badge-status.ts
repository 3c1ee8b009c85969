import type { CertificateStatus } from '@dbi-kit/registry';

/**
 * What `<dbi-badge>` shows, in the visitor's terms. Only `valid` has the certified look.
 *
 * - `verifying`: the check is running;
 * - `valid`: genuine, for this platform, in force, not revoked;
 * - `expired`: genuine but past its end date;
 * - `revoked`: genuine but withdrawn by the issuer;
 * - `not-verified`: no genuine certificate for this platform: bad signature, untrusted key,
 *   another platform's certificate, unreadable, missing, not yet in force, or a badge that is
 *   not set up correctly (no registry, bad platform id, no or bad trusted keys);
 * - `could-not-verify`: the registry could not be reached, so nothing is claimed either way.
 */
export type BadgeStatus = 'verifying' | 'valid' | 'expired' | 'revoked' | 'not-verified' | 'could-not-verify';

/** The badge status for a certificate status. */
export function badgeStatusOf(status: CertificateStatus): Exclude<BadgeStatus, 'verifying'> {
  if (status === 'valid' || status === 'expired' || status === 'revoked') return status;
  return status === 'unreachable' ? 'could-not-verify' : 'not-verified';
}
