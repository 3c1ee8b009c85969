// The lean (browser) variant of create-document-fetcher.ts: the same fetcher on the platform's
// fetch instead of ky (see lean-modules.mjs). The `registry-lean` test project runs the client's
// fault tests (a real HTTP server) against it.
import { RegistryHttpError } from '../errors/registry-errors.js';
import type { DocumentFetcher, DocumentFetcherOptions } from './create-document-fetcher.js';
import { createFetchDocumentFetcher } from './create-fetch-document-fetcher.js';
import { retryAfterMs } from './retry-after.js';
import { retryDelay } from './retry-delay.js';
import { resolveRetryOptions } from './retry-options.js';
import { wait } from './wait.js';

/**
 * A fetcher of registry documents on fetch: each attempt is the plain fetcher's (a timeout over
 * headers and body, `If-None-Match`, strict UTF-8, typed errors), retried by ky's rules (see
 * {@link retryDelay}). Aborts reject with the signal's reason and are never retried.
 */
export function createDocumentFetcher(options: DocumentFetcherOptions): DocumentFetcher {
  const retry = resolveRetryOptions(options.retry);
  return async (url, { etag, signal }) => {
    for (let retryCount = 1; ; retryCount++) {
      // The plain fetcher's HTTP error carries no Retry-After (the <dbi-badge> bundle never
      // retries); the header is read here, from the attempt's own response.
      let retryAfter: string | null = null;
      const attempt = createFetchDocumentFetcher({
        timeout: options.timeout,
        fetch: async (input, init) => {
          const response = await (options.fetch ?? globalThis.fetch)(input, init);
          retryAfter = response.headers.get('retry-after');
          return response;
        },
      });
      let failure: unknown;
      try {
        return await attempt(url, { etag, signal });
      } catch (error) {
        failure = error instanceof RegistryHttpError ? new RegistryHttpError(url, error.status, { retryAfter: retryAfterMs(retryAfter), cause: error }) : error;
      }
      const delay = signal.aborted ? undefined : retryDelay(failure, retryCount, retry);
      if (delay === undefined) throw failure;
      await wait(delay, signal);
    }
  };
}
