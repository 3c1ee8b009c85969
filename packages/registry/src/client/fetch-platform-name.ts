import { checkMilliseconds } from './check-milliseconds.js';
import { normaliseBaseUrl } from './normalise-base-url.js';
import { createFetchDocumentFetcher } from '../http/create-fetch-document-fetcher.js';
import { JSON_TYPE } from '../http/read-json.js';

/** The options of `fetchPlatformName`. */
export interface PlatformNameOptions {
  /** Where `registry.json` lives: absolute, or relative to the page. */
  readonly baseUrl: string | URL;
  readonly platformId: string;
  /** A fetch implementation (default: the global `fetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** The longest wait (ms) for the whole response (default 10 000). */
  readonly timeout?: number;
  readonly signal?: AbortSignal;
}

/** The longest name shown, as `platforms/{id}.json` allows. */
const MAX_NAME_LENGTH = 200;

/**
 * The display name of a platform, read from `platforms/{id}.json` without validating the rest
 * of the record (so small bundles need not carry the platform schema). The name is **not signed**:
 * certificates carry the platform id, not its name; show it as the registry's label for the id.
 * Resolves to `undefined` when the document cannot be fetched, is not JSON, or has no usable
 * `name` (a non-empty string of at most 200 characters); rejects only when `signal` aborts.
 *
 * @example
 * const name = (await fetchPlatformName({ baseUrl: '/registry/', platformId: 'so-cai-may' })) ?? 'so-cai-may';
 */
export async function fetchPlatformName(options: PlatformNameOptions): Promise<string | undefined> {
  const signal = options.signal ?? new AbortController().signal;
  try {
    const url = new URL(`platforms/${encodeURIComponent(options.platformId)}.json`, normaliseBaseUrl(options.baseUrl)).href;
    const fetchDocument = createFetchDocumentFetcher({ fetch: options.fetch, timeout: checkMilliseconds(options.timeout, 'timeout', 10_000) });
    const fetched = await fetchDocument(url, { signal });
    if (fetched.notModified) return undefined;
    // readJson's typed errors would only be swallowed here: the same checks, without building them.
    if (!JSON_TYPE.test(fetched.raw.contentType)) return undefined;
    const name = (JSON.parse(fetched.raw.text) as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name.trim() && name.length <= MAX_NAME_LENGTH ? name.trim() : undefined;
  } catch {
    if (signal.aborted) throw signal.reason;
    return undefined;
  }
}
