import type { MemoryCache } from '../cache/memory-cache.js';
import type { PersistentStore } from '../cache/persistent-store.js';
import type { RegistryRetryOptions } from '../http/retry-options.js';
import type { RegistryKey } from '../protocol/schemas/registry-manifest.schema.js';
import type { RegistrySnapshot } from './registry-snapshot.js';

/** A public key the embedder trusts to sign certificates: an Ed25519 JWK with a `kid`. */
export type TrustedKey = RegistryKey;

/** How a client caches. */
export interface RegistryCacheOptions {
  /**
   * How long (ms) a copy is used without asking the server again (default 60 000). After that
   * the client revalidates it with `If-None-Match`. `0` asks the server on every call.
   */
  readonly maxAge?: number;
  /** Keeps last good copies across page loads, e.g. `localStorageStore()` (default: none). */
  readonly store?: PersistentStore;
  /** The memory cache to use (default: the page-wide one, shared by every client on the page). */
  readonly memory?: MemoryCache;
}

/** The options of `createRegistryClient`. */
export interface RegistryClientOptions {
  /** Where `registry.json` lives: absolute, or relative to the page (`/registry/`). */
  readonly baseUrl: string | URL;
  /**
   * The keys that may sign certificates (`verifyCertificate` trusts these only, never keys the
   * server publishes). Required so trust is always the embedder's decision; `[]` is allowed for
   * pages that only list platforms.
   */
  readonly trustedKeys: readonly TrustedKey[];
  /** A fetch implementation (default: the global `fetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt, the longest wait (ms) for the response headers, and again for the body (default 10 000). */
  readonly timeout?: number;
  /** Retries: a number (the limit) or options (default: 2 retries, exponential backoff with jitter). */
  readonly retry?: number | RegistryRetryOptions;
  readonly cache?: RegistryCacheOptions;
  /** Documents to fall back on when the network fails and nothing is cached. */
  readonly snapshot?: RegistrySnapshot;
}

/** Options every client method takes. */
export interface RegistryCallOptions {
  /** Aborting rejects the call at once with the signal's reason; other callers of the same URL are unaffected. */
  readonly signal?: AbortSignal;
}

/** Options of `verifyCertificate`. */
export interface CertificateCallOptions extends RegistryCallOptions {
  /** The time to judge validity at (default: now). */
  readonly now?: Date;
}

/** The default `timeout` (ms) of every registry client: `createRegistryClient` and `verifyPlatformCertificate`. */
export const DEFAULT_TIMEOUT = 10_000;

/** The default `cache.maxAge` (ms) of every registry client. */
export const DEFAULT_MAX_AGE = 60_000;
