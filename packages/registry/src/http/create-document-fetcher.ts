import ky, { isHTTPError, type KyInstance } from 'ky';
import { fetchedDocument } from './fetched-document.js';
import { readBody } from './read-body.js';
import { retryAfterMs } from './retry-after.js';
import { RETRY_STATUS_CODES, resolveRetryOptions, type RegistryRetryOptions } from './retry-options.js';
import { isAbortError, toRegistryError } from './to-registry-error.js';

/** A document's body as the server sent it. */
export interface RawDocument {
  readonly text: string;
  /** The `Content-Type` header ('' when missing). */
  readonly contentType: string;
}

/** A fetched document, or the server's word that the cached copy is still current. */
export type FetchedDocument =
  | { readonly notModified: true }
  | { readonly notModified: false; readonly raw: RawDocument; readonly etag: string | undefined };

/** Fetches one registry document. */
export type DocumentFetcher = (url: string, options: { etag?: string; signal: AbortSignal }) => Promise<FetchedDocument>;

/** What the fetcher needs from the client options. */
export interface DocumentFetcherOptions {
  readonly fetch?: typeof globalThis.fetch;
  readonly timeout: number;
  readonly retry: number | RegistryRetryOptions;
}

function createHttp({ fetch, timeout, retry }: DocumentFetcherOptions): KyInstance {
  const options = resolveRetryOptions(retry);
  return ky.create({
    ...(fetch ? { fetch } : {}),
    timeout,
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: options.limit,
      methods: ['get'],
      statusCodes: [...RETRY_STATUS_CODES],
      afterStatusCodes: [429, 503],
      backoffLimit: options.backoffLimit,
      retryOnTimeout: options.retryOnTimeout,
      ...(options.delay ? { delay: options.delay } : { jitter: true }),
      shouldRetry: ({ error }) => {
        if (isAbortError(error)) return false;
        // Waiting less than the server asked would only earn another 429/503.
        if (isHTTPError(error) && (retryAfterMs(error.response.headers.get('retry-after')) ?? 0) > options.maxRetryAfter) return false;
        return undefined;
      },
    },
    hooks: {
      afterResponse: [
        // The body is read here, inside ky's retry loop, so that a connection lost mid-body is
        // retried like any network error. Error bodies are dropped (and their sockets freed).
        async (request, _options, response) =>
          new Response(response.ok ? await readBody(response, request, timeout) : null, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          }),
      ],
    },
  });
}

/**
 * A fetcher of registry documents on ky: per-attempt timeouts (headers, then body), retries with
 * backoff on network errors, 408, 429 and 5xx honouring `Retry-After`, conditional requests with
 * `If-None-Match`, and UTF-8 decoding. What the text must be (JSON, a JWS) is the caller's
 * check. Failures are typed registry errors; aborts reject with the signal's reason.
 */
export function createDocumentFetcher(options: DocumentFetcherOptions): DocumentFetcher {
  const http = createHttp(options);
  return async (url, { etag, signal }) => {
    let response: Response;
    try {
      response = await http.get(url, { signal, headers: { ...(etag ? { 'if-none-match': etag } : {}) } });
    } catch (error) {
      throw toRegistryError(signal.aborted ? signal.reason : error, url, options.timeout);
    }
    if (response.status === 304) return { notModified: true };
    return fetchedDocument(url, response, await response.arrayBuffer());
  };
}
