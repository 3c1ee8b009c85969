import { isHTTPError, isTimeoutError } from 'ky';
import {
  RegistryHttpError,
  RegistryNetworkError,
  RegistryTimeoutError,
  isRegistryError,
} from '../errors/registry-errors.js';
import { retryAfterMs } from './retry-after.js';

/** True for an abort (the caller's signal, or a request all its callers gave up on). */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Turns whatever a request threw into the typed registry error it means. Aborts pass through
 * unchanged: they are the caller's decision, not a failure.
 */
export function toRegistryError(error: unknown, url: string, timeout: number): unknown {
  if (isAbortError(error) || isRegistryError(error)) return error;
  if (isHTTPError(error)) {
    return new RegistryHttpError(url, error.response.status, {
      retryAfter: retryAfterMs(error.response.headers.get('retry-after')),
      cause: error,
    });
  }
  if (isTimeoutError(error)) return new RegistryTimeoutError(url, timeout, { cause: error });
  // fetch reports DNS, connection, CORS and mid-body failures as TypeError; anything else
  // thrown by a custom fetch is treated the same way, since the request did not complete.
  return new RegistryNetworkError(url, { cause: error });
}
