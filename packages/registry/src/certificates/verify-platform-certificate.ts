import { pageMemoryCache } from '../cache/memory-cache.js';
import { checkMilliseconds } from '../client/check-milliseconds.js';
import { checkTrustedKeys } from '../client/check-trusted-keys.js';
import { normaliseBaseUrl } from '../client/normalise-base-url.js';
import { DEFAULT_MAX_AGE, DEFAULT_TIMEOUT, type RegistryCacheOptions, type TrustedKey } from '../client/registry-client-options.js';
import { invalidArgument } from '../errors/invalid-argument.js';
import { createFetchDocumentFetcher } from '../http/create-fetch-document-fetcher.js';
import type { CertificateVerification } from './certificate-verification.js';
import { isRecordId } from './check-fields.js';
import { loadAndVerifyCertificate } from './load-and-verify-certificate.js';

/** The options of `verifyPlatformCertificate`. */
export interface PlatformCertificateOptions {
  /** Where `registry.json` lives: absolute, or relative to the page (`/registry/`). */
  readonly baseUrl: string | URL;
  /** The platform whose certificate to check (`sub` must be this id). */
  readonly platformId: string;
  /** The keys that may sign certificates; the only source of trust (never keys the server publishes). */
  readonly trustedKeys: readonly TrustedKey[];
  /** A fetch implementation (default: the global `fetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** The longest wait (ms) for each whole response (default 10 000). One attempt, no retries. */
  readonly timeout?: number;
  /**
   * `memory` and `maxAge` as for `createRegistryClient`; by default the page-wide memory cache
   * every client shares. No persistent store: this path keeps nothing beyond that memory.
   */
  readonly cache?: Pick<RegistryCacheOptions, 'memory' | 'maxAge'>;
  /** The time to judge validity at (default: now). */
  readonly now?: Date;
  /** Aborting rejects the call with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Fetches a platform's certificate and the registry's revocation list with the platform's own
 * `fetch` (no ky, no registry-document schemas) and judges them exactly as
 * `createRegistryClient().verifyCertificate` does: same verification code, same statuses, and
 * the same page-wide cache, so a badge and a picker on one page share their requests. For
 * bundles that only check certificates (`<dbi-badge>`); it has no retries, and falls back to a
 * cached copy (marked `stale`) when the network fails.
 *
 * Never rejects for a bad, missing or unreachable certificate: the answer is a status.
 *
 * @throws RegistryError `registry/invalid-argument` for a bad base URL, platform id, key or timeout
 *
 * @example
 * const verdict = await verifyPlatformCertificate({ baseUrl: 'https://registry.example/', platformId: 'so-cai-may', trustedKeys: [operatorKey] });
 * if (verdict.status === 'valid') console.log(verdict.claims.programme.name.vi, new Date(verdict.claims.exp * 1000));
 */
export function verifyPlatformCertificate(options: PlatformCertificateOptions): Promise<CertificateVerification> {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const trustedKeys = checkTrustedKeys(options.trustedKeys);
  const { platformId } = options;
  if (!isRecordId(platformId)) throw invalidArgument(`"${String(platformId)}" is not a platform id`);
  const context = {
    memory: options.cache?.memory ?? pageMemoryCache(),
    store: undefined,
    maxAge: checkMilliseconds(options.cache?.maxAge, 'cache.maxAge', DEFAULT_MAX_AGE),
    fetchDocument: createFetchDocumentFetcher({ fetch: options.fetch, timeout: checkMilliseconds(options.timeout, 'timeout', DEFAULT_TIMEOUT) }),
  };
  return loadAndVerifyCertificate(context, { baseUrl, platformId, trustedKeys, now: options.now, signal: options.signal });
}
