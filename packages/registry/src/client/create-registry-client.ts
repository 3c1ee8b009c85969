import { pageMemoryCache } from '../cache/memory-cache.js';
import { documentStore } from '../cache/document-store.js';
import { isRecordId } from '../certificates/check-fields.js';
import { invalidArgument as invalid } from '../errors/invalid-argument.js';
import type { RegistryResponseError } from '../errors/registry-errors.js';
import { createDocumentFetcher } from '../http/create-document-fetcher.js';
import { readJson } from '../http/read-json.js';
import { parsePlatform } from '../protocol/parse-platform.js';
import { parsePlatformIndex, type ParsedPlatformIndex } from '../protocol/parse-platform-index.js';
import { parseRegistryManifest } from '../protocol/parse-registry-manifest.js';
import type { Platform } from '../protocol/schemas/platform.schema.js';
import type { RegistryManifest } from '../protocol/schemas/registry-manifest.schema.js';
import { checkPlatformFilter } from '../search/check-platform-filter.js';
import type { PlatformFilter } from '../search/platform-filter.js';
import { platformSearchIndexOf } from '../search/platform-search-index-of.js';
import { queryPlatforms, type PlatformPage } from '../search/query-platforms.js';
import { fallsBack, loadDocument, type DocumentSource, type LoadedDocument, type LoaderContext } from './load-document.js';
import { DEFAULT_MAX_AGE, type CertificateCallOptions, type RegistryCallOptions, type RegistryClientOptions, type TrustedKey } from './registry-client-options.js';
import type { CertificateVerification } from '../certificates/certificate-verification.js';
import { loadAndVerifyCertificate } from '../certificates/load-and-verify-certificate.js';
import { checkMilliseconds as positive } from './check-milliseconds.js';
import { checkNow } from './check-now.js';
import { checkRetry } from './check-retry.js';
import { checkFetch, checkTimeout } from './check-transport.js';
import { checkUniqueTrustedKeys } from './check-trusted-keys.js';
import { normaliseBaseUrl } from './normalise-base-url.js';
import type { RegistryResult } from './registry-result.js';
import { withAbsoluteLogo } from './resolve-asset-url.js';

/** A client of one `dbi-registry/1` registry. */
export interface RegistryClient {
  /** The normalised base URL (absolute, ending in `/`). */
  readonly baseUrl: string;
  /** The pinned keys, validated and frozen. */
  readonly trustedKeys: readonly TrustedKey[];
  /** `registry.json`: name, operator, version, keys, categories. */
  getRegistry(options?: RegistryCallOptions): Promise<RegistryResult<RegistryManifest>>;
  /**
   * Searches, filters, sorts and pages `platforms.json` in the client. The search index is built
   * once per registry version.
   * @throws RegistryError `registry/invalid-argument` for a bad filter
   */
  listPlatforms(filter?: PlatformFilter, options?: RegistryCallOptions): Promise<RegistryResult<PlatformPage>>;
  /**
   * `platforms/{id}.json`: one platform in full.
   * @throws RegistryError `registry/invalid-argument` for an id that is not a platform id
   * @throws RegistryHttpError with status 404 when the registry has no such platform
   */
  getPlatform(id: string, options?: RegistryCallOptions): Promise<RegistryResult<Platform>>;
  /**
   * Checks `certificates/{id}.jws` against the pinned `trustedKeys` only, and against the
   * (also verified) `revocations.jws`. Never rejects for a bad or missing certificate: the answer
   * is a status (see `CertificateStatus`).
   * @throws RegistryError `registry/invalid-argument` for an id that is not a platform id, or a
   * `now` that is not a Date with a valid time
   *
   * @example
   * const verdict = await registry.verifyCertificate('so-cai-may');
   * if (verdict.status === 'valid') console.log(verdict.claims.programme.name.en, verdict.claims.exp);
   */
  verifyCertificate(platformId: string, options?: CertificateCallOptions): Promise<CertificateVerification>;
}

/** A registry JSON document with the bundled snapshot's copy, if any, to answer when nothing else can. */
interface SnapshotSource<T> extends DocumentSource<T> {
  readonly snapshot: () => T | undefined;
}

/** Validates a snapshot document at once, so a broken snapshot is a start-up error, not a surprise during an outage. */
function snapshotOf<T>(json: unknown, parse: (json: unknown) => T): () => T | undefined {
  const value = json === undefined ? undefined : parse(json);
  return () => value;
}

/**
 * Creates a client of a `dbi-registry/1` registry. It survives a bad network: per-attempt
 * timeouts, retries with backoff (honouring `Retry-After`), ETag revalidation, one request per
 * URL shared by every client on the page, a page-wide memory cache with an optional persistent
 * store, and, when all fails, the last good copy or the bundled snapshot marked `stale: true`.
 *
 * @throws RegistryError `registry/invalid-argument` for bad options; RegistryResponseError for an invalid snapshot
 *
 * @example
 * const registry = createRegistryClient({ baseUrl: 'https://registry.example/', trustedKeys: [] });
 * const { data, stale, error } = await registry.listPlatforms({ q: 'ke toan', hasTrial: true, limit: 10 });
 * if (stale) console.warn('Showing saved data:', error?.message);
 * for (const platform of data.items) console.log(platform.name, platform.monthlyPriceFrom);
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const trustedKeys = checkUniqueTrustedKeys(options.trustedKeys);
  const context: LoaderContext = {
    memory: options.cache?.memory ?? pageMemoryCache(),
    store: documentStore(options.cache?.store),
    maxAge: positive(options.cache?.maxAge, 'cache.maxAge', DEFAULT_MAX_AGE),
    fetchDocument: createDocumentFetcher({ fetch: checkFetch(options.fetch), timeout: checkTimeout(options.timeout), retry: checkRetry(options.retry) }),
  };

  const urlOf = (path: string) => new URL(path, baseUrl).href;
  const parseIndex = (url: string) => (json: unknown): ParsedPlatformIndex => {
    const { index, skipped } = parsePlatformIndex(json, url);
    return { index: { ...index, platforms: index.platforms.map((platform) => withAbsoluteLogo(platform, baseUrl)) }, skipped };
  };
  const parseDetail = (url: string, id: string) => (json: unknown) => withAbsoluteLogo(parsePlatform(json, url, id), baseUrl);

  /** A JSON document of the registry, validated by `parse` (given the URL to name in errors). */
  const jsonSource = <T>(path: string, parse: (url: string) => (json: unknown) => T, snapshot?: unknown): SnapshotSource<T> => {
    const url = urlOf(path);
    return { url, decode: (raw) => parse(url)(readJson(raw, url)), snapshot: snapshotOf(snapshot, parse(`snapshot:${path}`)) };
  };
  const snapshot = options.snapshot ?? {};
  const registrySource = jsonSource('registry.json', (url) => (json) => parseRegistryManifest(json, url), snapshot.registry);
  const indexSource = jsonSource('platforms.json', parseIndex, snapshot.platforms);
  const detailSources = new Map<string, SnapshotSource<Platform>>();
  const detailSource = (id: string) => {
    let source = detailSources.get(id);
    if (!source) detailSources.set(id, (source = jsonSource(`platforms/${id}.json`, (url) => parseDetail(url, id), snapshot.platformDetails?.[id])));
    return source;
  };
  // Validate every bundled platform now, like the other snapshot documents.
  for (const id of Object.keys(snapshot.platformDetails ?? {})) detailSource(id);

  /** loadDocument, then the bundled snapshot when neither the registry nor a copy can answer. */
  const load = async <T>(source: SnapshotSource<T>, signal: AbortSignal | undefined): Promise<LoadedDocument<T>> => {
    try {
      return await loadDocument(context, source, signal);
    } catch (error) {
      if (!fallsBack(error, signal)) throw error;
      const value = source.snapshot();
      if (value === undefined) throw error;
      return { value, stale: true, source: 'snapshot', error };
    }
  };

  const result = <T>(loaded: LoadedDocument<unknown>, data: T, skipped: readonly RegistryResponseError[] = []): RegistryResult<T> => ({
    data,
    stale: loaded.stale,
    source: loaded.source,
    ...(loaded.error ? { error: loaded.error } : {}),
    skipped,
  });

  return {
    baseUrl,
    trustedKeys,
    async getRegistry({ signal } = {}) {
      const loaded = await load(registrySource, signal);
      return result(loaded, loaded.value);
    },
    async listPlatforms(filter = {}, { signal } = {}) {
      const checked = checkPlatformFilter(filter);
      const loaded = await load(indexSource, signal);
      return result(loaded, queryPlatforms(platformSearchIndexOf(loaded.value.index), checked), loaded.value.skipped);
    },
    async getPlatform(id, { signal } = {}) {
      if (!isRecordId(id)) throw invalid(`"${String(id)}" is not a platform id`);
      const loaded = await load(detailSource(id), signal);
      return result(loaded, loaded.value);
    },
    async verifyCertificate(platformId, { signal, now } = {}) {
      if (!isRecordId(platformId)) throw invalid(`"${String(platformId)}" is not a platform id`);
      return loadAndVerifyCertificate(context, { baseUrl, platformId, trustedKeys, now: checkNow(now), signal });
    },
  };
}
