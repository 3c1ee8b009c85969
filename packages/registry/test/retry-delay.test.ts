// The fetch-based fetcher's retry rules (ky's, as the ky fetcher sets them up). The fault tests
// run both fetchers against a real server; these pin the arithmetic they cannot see.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistryHttpError, RegistryNetworkError, RegistryResponseError, RegistryTimeoutError } from '@dbi-kit/registry';
import { retryDelay } from '../src/http/retry-delay.js';
import { resolveRetryOptions } from '../src/http/retry-options.js';

const url = 'https://r.example/registry.json';
const network = new RegistryNetworkError(url);
const http = (status: number, retryAfter?: number) => new RegistryHttpError(url, status, { retryAfter });

afterEach(() => void vi.restoreAllMocks());

describe('retryDelay', () => {
  it('backs off 300 · 2^(n−1) ms with full jitter, at most backoffLimit', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const options = resolveRetryOptions({ limit: 10 });
    expect([1, 2, 3, 6].map((n) => retryDelay(network, n, options))).toEqual([150, 300, 600, 4_800]);
    expect(retryDelay(network, 7, options)).toBe(5_000);
  });

  it('takes delay(n) as it is, without jitter, still capped', () => {
    const options = resolveRetryOptions({ delay: (n) => n * 1_000, backoffLimit: 1_500 });
    expect([retryDelay(network, 1, options), retryDelay(network, 2, options)]).toEqual([1_000, 1_500]);
  });

  it('stops after the limit', () => {
    expect(retryDelay(network, 2, resolveRetryOptions(2))).toBeDefined();
    expect(retryDelay(network, 3, resolveRetryOptions(2))).toBeUndefined();
  });

  it('retries 408, 429 and 5xx, not other statuses, responses or aborts', () => {
    const options = resolveRetryOptions({ delay: () => 7 });
    expect([408, 429, 500, 503, 599].map((status) => retryDelay(http(status), 1, options))).toEqual([7, 7, 7, 7, 7]);
    expect([400, 403, 404, 413].map((status) => retryDelay(http(status), 1, options))).toEqual([undefined, undefined, undefined, undefined]);
    expect(retryDelay(new RegistryResponseError(url, 'encoding', 'x'), 1, options)).toBeUndefined();
    expect(retryDelay(new DOMException('stop', 'AbortError'), 1, options)).toBeUndefined();
  });

  it('waits as Retry-After says on 429 and 503 only, and gives up beyond maxRetryAfter', () => {
    const options = resolveRetryOptions({ delay: () => 7, maxRetryAfter: 10_000 });
    expect(retryDelay(http(429, 2_000), 1, options)).toBe(2_000);
    expect(retryDelay(http(503, 0), 1, options)).toBe(0);
    expect(retryDelay(http(500, 2_000), 1, options)).toBe(7);
    expect(retryDelay(http(429, 10_001), 1, options)).toBeUndefined();
  });

  it('retries a timeout only with retryOnTimeout', () => {
    const timeout = new RegistryTimeoutError(url, 100);
    expect(retryDelay(timeout, 1, resolveRetryOptions({ delay: () => 7 }))).toBeUndefined();
    expect(retryDelay(timeout, 1, resolveRetryOptions({ delay: () => 7, retryOnTimeout: true }))).toBe(7);
  });
});
