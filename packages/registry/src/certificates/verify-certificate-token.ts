import type { TrustedKey } from '../client/registry-client-options.js';
import { CERTIFICATE_TYPE } from './certificate-claims.schema.js';
import { checkCertificateClaims } from './check-certificate-claims.js';
import type { CertificateVerification } from './certificate-verification.js';
import type { RevocationList } from './revocation-list.schema.js';
import { verifyJws } from './verify-jws.js';

/** The longest certificate accepted, in characters: generous for the claims, small enough to refuse junk early. */
export const MAX_CERTIFICATE_LENGTH = 8192;

/** What `verifyCertificateToken` needs. */
export interface CertificateTokenCheck {
  readonly token: string;
  readonly platformId: string;
  readonly trustedKeys: readonly TrustedKey[];
  /** The verified revocation list (see `verifyRevocationList`). */
  readonly revocations: RevocationList;
  /** The time to judge validity at (default: now). An Invalid Date is never a time a certificate is valid at. */
  readonly now?: Date;
  readonly stale?: boolean;
}

/**
 * Checks one certificate (compact JWS) offline: signature by a pinned key, claims, platform,
 * revocation and validity, in that order, so that a status about the content is only ever
 * given for a genuine certificate.
 *
 * @example
 * const verdict = await verifyCertificateToken({ token, platformId: 'so-cai-may', trustedKeys, revocations });
 * if (verdict.status === 'valid') showBadge(verdict.claims.programme.name);
 */
export async function verifyCertificateToken(check: CertificateTokenCheck): Promise<CertificateVerification> {
  const { platformId, stale = false } = check;
  const base = { platformId, document: 'certificate' as const, stale };
  const jws = await verifyJws(check.token.trim(), check.trustedKeys, CERTIFICATE_TYPE, MAX_CERTIFICATE_LENGTH);
  if (!jws.ok) return { ...base, status: jws.status, reason: jws.reason, ...(jws.kid === undefined ? {} : { kid: jws.kid }) };
  const parsed = checkCertificateClaims(jws.payload);
  if (!parsed.ok) return { ...base, status: 'malformed', kid: jws.kid, reason: `Claim ${parsed.issue.field}: ${parsed.issue.message}` };
  const claims = parsed.value;
  const signed = { ...base, kid: jws.kid, claims };
  if (claims.sub !== platformId) return { ...signed, status: 'wrong-platform', reason: `The certificate is for "${claims.sub}", not "${platformId}"` };
  const revocation = check.revocations.revocations.find((entry) => entry.jti === claims.jti);
  if (revocation) return { ...signed, status: 'revoked', revocation, reason: `Revoked on ${revocation.revokedAt}: ${revocation.reason}` };
  // Fail closed: `+` turns anything but a valid Date into NaN, and NaN < x is false, so a time
  // that is not a time is never valid (it is `expired`). nbf and exp are whole seconds.
  const now = +(check.now ?? new Date()) / 1000;
  if (now < claims.nbf) return { ...signed, status: 'not-yet-valid', reason: `Valid from ${new Date(claims.nbf * 1000).toISOString()}` };
  if (now < claims.exp) return { ...signed, status: 'valid', reason: `Valid until ${new Date(claims.exp * 1000).toISOString()}` };
  return { ...signed, status: 'expired', reason: `Expired on ${new Date(claims.exp * 1000).toISOString()}` };
}
