import { loadDocument, type DocumentSource, type LoaderContext } from '../client/load-document.js';
import type { TrustedKey } from '../client/registry-client-options.js';
import type { CertificateVerification } from './certificate-verification.js';
import { verifyRegistryCertificate } from './verify-registry-certificate.js';

/** What to check, and where. */
export interface CertificateLoad {
  /** The registry's base URL, normalised (absolute, ending in `/`). */
  readonly baseUrl: string;
  readonly platformId: string;
  readonly trustedKeys: readonly TrustedKey[];
  readonly now?: Date;
  readonly signal?: AbortSignal;
}

/**
 * A JWS document: its text as served, the verifier judges it (a broken one must give a status,
 * not a fallback). Every caller decodes JWS files the same way, so clients with different
 * transports can share one cache entry per URL.
 */
const jwsSource = (url: string): DocumentSource<string> => ({ url, decode: (raw) => raw.text });

/**
 * Loads `certificates/{id}.jws` and `revocations.jws` through `context` (its cache and
 * transport) and judges them: the one certificate check behind both
 * `createRegistryClient().verifyCertificate` and `verifyPlatformCertificate`.
 */
export function loadAndVerifyCertificate(context: LoaderContext, load: CertificateLoad): Promise<CertificateVerification> {
  const { baseUrl, platformId, signal } = load;
  return verifyRegistryCertificate({
    platformId,
    trustedKeys: load.trustedKeys,
    now: load.now,
    signal,
    loadCertificate: () => loadDocument(context, jwsSource(new URL(`certificates/${platformId}.jws`, baseUrl).href), signal),
    loadRevocations: () => loadDocument(context, jwsSource(new URL('revocations.jws', baseUrl).href), signal),
  });
}
