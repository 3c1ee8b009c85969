import type { RawDocument } from '../http/create-document-fetcher.js';

/** The last good copy of one document. */
export interface CacheEntry<T = unknown> {
  /** The decoded document. */
  readonly value: T;
  /** The body it was decoded from, kept for the persistent store. */
  readonly raw: RawDocument;
  readonly etag: string | undefined;
  /** When the server last confirmed it (ms since the epoch). */
  readonly fetchedAt: number;
}

/** A request in flight, shared by every caller of the same URL. */
export interface SharedRequest {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
}

/**
 * The in-memory side of the registry cache: the last good copy of each document and the
 * requests in flight, both keyed by absolute URL. Clients that share one share both.
 */
export interface MemoryCache {
  readonly entries: Map<string, CacheEntry>;
  readonly inflight: Map<string, SharedRequest>;
}

/**
 * A new, empty memory cache. Clients use the page-wide one by default; pass your own
 * (`cache: { memory: createMemoryCache() }`) to keep a client apart, e.g. in tests.
 */
export function createMemoryCache(): MemoryCache {
  return { entries: new Map(), inflight: new Map() };
}

// A global symbol, so that the separate bundles of a page (each element ships its own copy of
// this client) still share one cache. The `/1` names the shape of the cache, not the protocol.
const PAGE_CACHE = Symbol.for('dbi-kit/registry/memory-cache/1');

/** The page-wide memory cache, created on first use. */
export function pageMemoryCache(): MemoryCache {
  const holder = globalThis as { [PAGE_CACHE]?: MemoryCache };
  return (holder[PAGE_CACHE] ??= createMemoryCache());
}
