/** How the client retries a failed request. */
export interface RegistryRetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts). */
  readonly limit?: number;
  /** The backoff before retry `n` (1-based), in ms. Default: 300 · 2^(n−1), with full jitter. */
  readonly delay?: (attempt: number) => number;
  /** The longest backoff, in ms (default 5 000). */
  readonly backoffLimit?: number;
  /**
   * The longest `Retry-After` the client waits, in ms (default 10 000). When a server asks for a
   * longer wait the client does not retry early: it gives up at once and falls back to its last
   * good copy, so a page is never left waiting.
   */
  readonly maxRetryAfter?: number;
  /** Retry an attempt that timed out (default false: a slow server is rarely faster the second time). */
  readonly retryOnTimeout?: boolean;
}

/** The statuses worth retrying: 408, 429 and every 5xx. */
// Built in a pure function: a bundle without the ky client (the <dbi-badge> one) then drops it.
export const RETRY_STATUS_CODES: readonly number[] = /*#__PURE__*/ (() => [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)])();

/** The defaults of {@link RegistryRetryOptions}, with `delay` left to ky's exponential backoff. */
export const DEFAULT_RETRY = { limit: 2, backoffLimit: 5_000, maxRetryAfter: 10_000, retryOnTimeout: false } as const;

/** {@link RegistryRetryOptions} with the defaults filled in. */
export type ResolvedRetryOptions = Omit<Required<RegistryRetryOptions>, 'delay'> & Pick<RegistryRetryOptions, 'delay'>;

/** The client's `retry` option (a limit, or options) with the defaults filled in. */
export function resolveRetryOptions(retry: number | RegistryRetryOptions): ResolvedRetryOptions {
  return { ...DEFAULT_RETRY, ...(typeof retry === 'number' ? { limit: retry } : retry) };
}
