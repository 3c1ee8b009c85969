import { RegistryHttpError, RegistryNetworkError, RegistryTimeoutError } from '../errors/registry-errors.js';
import type { DocumentFetcher } from './create-document-fetcher.js';
import { fetchedDocument } from './fetched-document.js';
import { isAbortError } from './is-abort-error.js';

/** What the plain fetcher needs. */
export interface FetchDocumentFetcherOptions {
  /** A fetch implementation (default: the global `fetch`, looked up on each request). */
  readonly fetch?: typeof globalThis.fetch;
  /** The longest wait (ms) for the whole response, headers and body. */
  readonly timeout: number;
}

/**
 * A fetcher of registry documents on the platform's own `fetch`, without ky: one attempt, a
 * timeout over the whole response (headers and body), conditional requests with
 * `If-None-Match`, strict UTF-8 decoding, and the same typed errors as the ky fetcher. It exists
 * for bundles too small for ky: the `<dbi-badge>` budget, where it has no retries (a certificate
 * check that fails falls back to the shared cache's last good copy like the client), and the
 * lean browser variant of the client, which retries its attempts (create-document-fetcher.lean.ts).
 */
export function createFetchDocumentFetcher(options: FetchDocumentFetcherOptions): DocumentFetcher {
  const { timeout } = options;
  return async (url, { etag, signal }) => {
    const controller = new AbortController();
    const abort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    let response: Response;
    let body: ArrayBuffer;
    try {
      response = await (options.fetch ?? globalThis.fetch)(url, {
        signal: controller.signal,
        headers: etag ? { 'if-none-match': etag } : {},
        credentials: 'omit',
        // The cache we keep revalidates with ETags; the browser's own cache would answer for us.
        cache: 'no-cache',
      });
      // Error bodies are not read: free the connection now.
      if (!response.ok) {
        void response.body?.cancel().catch(() => undefined);
        if (response.status === 304) return { notModified: true };
        throw new RegistryHttpError(url, response.status);
      }
      body = await response.arrayBuffer();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timedOut) throw new RegistryTimeoutError(url, timeout, { cause: error });
      if (error instanceof RegistryHttpError || isAbortError(error)) throw error;
      // fetch reports DNS, connection, CORS and mid-body failures as TypeError.
      throw new RegistryNetworkError(url, { cause: error });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
    return fetchedDocument(url, response, body);
  };
}
