import { isHTTPError, isTimeoutError } from 'ky';
import {
  RegistryHttpError,
  RegistryNetworkError,
  RegistryTimeoutError,
  isRegistryError,
} from '../errors/registry-errors.js';
import { isAbortError } from './is-abort-error.js';
import { retryAfterMs } from './retry-after.js';

export { isAbortError };

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
