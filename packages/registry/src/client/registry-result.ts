import type { RegistryError, RegistryResponseError } from '../errors/registry-errors.js';

/**
 * Where an answer came from: `network` (fetched or revalidated with a 304 just now), `cache`
 * (this page's copy, younger than `cache.maxAge`), `store` (the persistent store's copy),
 * `snapshot` (the bundled snapshot).
 */
export type RegistrySource = 'network' | 'cache' | 'store' | 'snapshot';

/**
 * What every client method resolves to.
 *
 * - `stale: false`: `data` is current: fresh from the server, confirmed by a 304, or a cached
 *   copy younger than `cache.maxAge`.
 * - `stale: true`: the server could not be used, so `data` is the last good copy (memory or
 *   persistent store) or the bundled snapshot, and `error` is the failure that caused it.
 *
 * When there is no copy to fall back on, the method rejects with that error instead.
 */
export interface RegistryResult<T> {
  readonly data: T;
  readonly stale: boolean;
  readonly source: RegistrySource;
  /** Why `data` is stale (absent when it is not). */
  readonly error?: RegistryError;
  /**
   * `platforms.json` records left out because they broke the schema or repeated an id, each
   * with `recordId` and `field`. Always empty for `getRegistry` and `getPlatform`.
   */
  readonly skipped: readonly RegistryResponseError[];
}
