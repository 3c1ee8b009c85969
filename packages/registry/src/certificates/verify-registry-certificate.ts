import { isRegistryError } from '../errors/registry-errors.js';
import { isGone, type LoadedDocument } from '../client/load-document.js';
import type { TrustedKey } from '../client/registry-client-options.js';
import type { CertificateVerification } from './certificate-verification.js';
import type { RevocationList } from './revocation-list.schema.js';
import { verifyCertificateToken } from './verify-certificate-token.js';
import { verifyRevocationList } from './verify-revocation-list.js';

/** What a client needs to check one platform's certificate. */
export interface RegistryCertificateCheck {
  readonly platformId: string;
  readonly trustedKeys: readonly TrustedKey[];
  readonly loadCertificate: () => Promise<LoadedDocument<string>>;
  readonly loadRevocations: () => Promise<LoadedDocument<string>>;
  readonly now?: Date;
  readonly signal?: AbortSignal;
}

const NOTHING_REVOKED: RevocationList = { protocol: 'dbi-registry/1', iss: '', iat: 0, revocations: [] };

/** The verdicts that stand whatever the revocation list says. */
const FINAL = new Set(['malformed', 'invalid-signature', 'unknown-key', 'wrong-platform']);

type Loaded = { ok: true; doc: LoadedDocument<string> } | { ok: false; gone: boolean; reason: string };

async function tryLoad(load: () => Promise<LoadedDocument<string>>, signal: AbortSignal | undefined): Promise<Loaded> {
  try {
    return { ok: true, doc: await load() };
  } catch (error) {
    if (signal?.aborted || !isRegistryError(error)) throw error;
    return { ok: false, gone: isGone(error), reason: error.message };
  }
}

/**
 * Fetches `certificates/{id}.jws` and `revocations.jws` and judges the certificate. The
 * revocation list must verify too: when it cannot be fetched, is missing or is not genuine, a
 * certificate that would otherwise pass gets the list's status (`document: "revocations"`),
 * never `valid`. A missing list is `unreachable` (provisional: a registry always publishes one,
 * so its absence means revocation cannot be checked).
 */
export async function verifyRegistryCertificate(check: RegistryCertificateCheck): Promise<CertificateVerification> {
  const { platformId, signal } = check;
  const [certificate, revocations] = await Promise.all([tryLoad(check.loadCertificate, signal), tryLoad(check.loadRevocations, signal)]);
  if (!certificate.ok) {
    const status = certificate.gone ? 'not-found' : 'unreachable';
    return { status, platformId, document: 'certificate', reason: certificate.reason, stale: false };
  }
  let list = NOTHING_REVOKED;
  let listVerdict: Pick<CertificateVerification, 'status' | 'reason'> | undefined;
  let stale = certificate.doc.stale;
  if (!revocations.ok) listVerdict = { status: 'unreachable', reason: `revocations.jws: ${revocations.reason}` };
  else {
    stale ||= revocations.doc.stale;
    const verified = await verifyRevocationList(revocations.doc.value, check.trustedKeys);
    if (verified.ok) list = verified.list;
    else listVerdict = { status: verified.status, reason: `revocations.jws: ${verified.reason}` };
  }
  const verdict = await verifyCertificateToken({ token: certificate.doc.value, platformId, trustedKeys: check.trustedKeys, revocations: list, now: check.now, stale });
  if (!listVerdict || FINAL.has(verdict.status)) return verdict;
  return { ...verdict, ...listVerdict, document: 'revocations' };
}
