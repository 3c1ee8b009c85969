import { RegistryHttpError, RegistryNetworkError, RegistryTimeoutError } from '../errors/registry-errors.js';
import { RETRY_STATUS_CODES, type ResolvedRetryOptions } from './retry-options.js';

/**
 * How long to wait (ms) before retry number `retryCount` (1-based) after `error`, or `undefined`
 * when the request is not retried: ky's rules as the ky fetcher sets them up, for the fetch-based
 * fetcher. Network errors, 408, 429 and 5xx are retried, timeouts only with `retryOnTimeout`;
 * a 429 or 503 waits as its `Retry-After` says, and a `Retry-After` beyond `maxRetryAfter` ends
 * the retries; otherwise the backoff is `delay(n)`, or 300 · 2^(n−1) ms with full jitter, at most
 * `backoffLimit`.
 */
export function retryDelay(error: unknown, retryCount: number, options: ResolvedRetryOptions): number | undefined {
  if (retryCount > options.limit) return undefined;
  if (error instanceof RegistryHttpError) {
    const { status, retryAfter } = error;
    if ((retryAfter ?? 0) > options.maxRetryAfter || !RETRY_STATUS_CODES.includes(status)) return undefined;
    if (retryAfter !== undefined && (status === 429 || status === 503)) return retryAfter;
  } else if (!(error instanceof RegistryNetworkError || (error instanceof RegistryTimeoutError && options.retryOnTimeout))) {
    return undefined;
  }
  const backoff = options.delay ? options.delay(retryCount) : Math.random() * 300 * 2 ** (retryCount - 1);
  return Math.min(options.backoffLimit, backoff);
}
