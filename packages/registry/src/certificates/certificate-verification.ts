import type { CertificateClaims } from './certificate-claims.schema.js';
import type { Revocation } from './revocation-list.schema.js';

/**
 * The outcome of checking a platform's certificate; exactly one of:
 *
 * - `valid`: signed by a trusted key, for this platform, within its validity, not revoked;
 * - `expired` / `not-yet-valid`: genuine, but outside `nbf` ≤ now < `exp`;
 * - `revoked`: genuine, but its `jti` is in the (verified) revocation list;
 * - `invalid-signature`: the signature does not match, or the algorithm is not EdDSA;
 * - `unknown-key`: signed with a `kid` the embedder did not pin;
 * - `wrong-platform`: genuine, but for another platform (`sub`), e.g. a copied certificate;
 * - `malformed`: not a readable certificate (base64url, JSON, claims, `typ`, size limit);
 * - `not-found`: the registry has no certificate for the platform (404/410);
 * - `unreachable`: the certificate or the revocation list could not be fetched and no copy was kept.
 */
export type CertificateStatus =
  | 'valid'
  | 'expired'
  | 'not-yet-valid'
  | 'revoked'
  | 'invalid-signature'
  | 'unknown-key'
  | 'wrong-platform'
  | 'malformed'
  | 'not-found'
  | 'unreachable';

/** Which file a verdict is about. */
export type CertificateDocument = 'certificate' | 'revocations';

/** What `verifyCertificate` found. */
export interface CertificateVerification {
  readonly status: CertificateStatus;
  /** The platform asked about. */
  readonly platformId: string;
  /** English prose for logs and tooltips: why the status is what it is. */
  readonly reason: string;
  /** The file the verdict is about (the revocation list can fail on its own). */
  readonly document: CertificateDocument;
  /** The signing key's id, once the header was readable. */
  readonly kid?: string;
  /** The claims, once the signature is verified (absent for the statuses before that). */
  readonly claims?: CertificateClaims;
  /** The revocation entry, for `revoked`. */
  readonly revocation?: Revocation;
  /** true when a file was a kept copy because the server could not be reached. */
  readonly stale: boolean;
}
