import type { TrustedKey } from '../client/registry-client-options.js';
import type { JwsFailure } from './verify-jws.js';
import { checkRevocationList } from './check-revocation-list.js';
import { REVOCATIONS_TYPE, type RevocationList } from './revocation-list.schema.js';
import { verifyJws } from './verify-jws.js';

/** The longest revocation list accepted, in characters (about 5 000 entries). */
export const MAX_REVOCATIONS_LENGTH = 1_048_576;

/** A verified revocation list, or why it cannot be used. */
export type RevocationListCheck =
  | { readonly ok: true; readonly list: RevocationList; readonly kid: string }
  | { readonly ok: false; readonly status: JwsFailure; readonly reason: string; readonly kid?: string };

/**
 * Verifies `revocations.jws` against the pinned keys. An unverifiable list is never used as
 * "nothing is revoked": the caller must treat the certificate as unverifiable too.
 */
export async function verifyRevocationList(token: string, trustedKeys: readonly TrustedKey[]): Promise<RevocationListCheck> {
  const jws = await verifyJws(token.trim(), trustedKeys, REVOCATIONS_TYPE, MAX_REVOCATIONS_LENGTH);
  if (!jws.ok) return jws;
  const parsed = checkRevocationList(jws.payload);
  if (!parsed.ok) return { ok: false, status: 'malformed', kid: jws.kid, reason: `${parsed.issue.field}: ${parsed.issue.message}` };
  return { ok: true, list: parsed.value, kid: jws.kid };
}
