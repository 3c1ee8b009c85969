import type { CacheEntry, MemoryCache } from '../cache/memory-cache.js';
import type { DocumentStore } from '../cache/document-store.js';
import { joinRequest } from '../cache/join-request.js';
import { RegistryHttpError, isRegistryError, isRegistryHttpError, type RegistryError } from '../errors/registry-errors.js';
import type { DocumentFetcher, RawDocument } from '../http/create-document-fetcher.js';
import type { RegistrySource } from './registry-result.js';

/**
 * One registry document: where it is, and how to decode and validate its body (JSON here; the
 * certificate files are JWS text).
 */
export interface DocumentSource<T> {
  readonly url: string;
  /** Decodes and validates a body; throws a `RegistryResponseError` when it is not acceptable. */
  readonly decode: (raw: RawDocument) => T;
}

/** The client's cache policy and transport. */
export interface LoaderContext {
  readonly memory: MemoryCache;
  readonly store: DocumentStore | undefined;
  readonly maxAge: number;
  readonly fetchDocument: DocumentFetcher;
}

/** A loaded document and how fresh it is. */
export interface LoadedDocument<T> {
  readonly value: T;
  readonly stale: boolean;
  readonly source: RegistrySource;
  readonly error?: RegistryError;
}

/** A 404 or 410 is the server's definite answer that the document is gone, not a failure to fall back from. */
export const isGone = (error: unknown) => isRegistryHttpError(error) && (error.status === 404 || error.status === 410);

/** Whether a failed load may be answered with an older copy: a registry failure that is neither a 404/410 nor an abort. */
export const fallsBack = (error: unknown, signal: AbortSignal | undefined): error is RegistryError => !signal?.aborted && isRegistryError(error) && !isGone(error);

function remember<T>(context: LoaderContext, url: string, entry: CacheEntry<T>): CacheEntry<T> {
  context.memory.entries.set(url, entry);
  context.store?.save(url, entry);
  return entry;
}

/** Fetches (or revalidates) the document and records the result; shared by every caller of the URL. */
async function refresh<T>(context: LoaderContext, source: DocumentSource<T>, signal: AbortSignal): Promise<CacheEntry<T>> {
  const known = context.memory.entries.get(source.url) as CacheEntry<T> | undefined;
  try {
    const fetched = await context.fetchDocument(source.url, { etag: known?.etag, signal });
    if (fetched.notModified) {
      // A 304 we did not ask for (no copy, so no If-None-Match) is a broken server or proxy.
      if (!known) throw new RegistryHttpError(source.url, 304);
      // Same object as before, so everything derived from it (the search index) is kept.
      return remember(context, source.url, { ...known, fetchedAt: Date.now() });
    }
    const value = source.decode(fetched.raw);
    return remember(context, source.url, { value, raw: fetched.raw, etag: fetched.etag, fetchedAt: Date.now() });
  } catch (error) {
    if (isGone(error)) {
      context.memory.entries.delete(source.url);
      context.store?.forget(source.url);
    }
    throw error;
  }
}

/**
 * Loads one document: a copy younger than `maxAge` as is; otherwise from the server (a
 * conditional request when a copy exists), sharing the request with every other caller of the
 * URL; on failure, the last good copy, marked stale with the error (the client's snapshot comes
 * after that, in createRegistryClient). A 404/410 and an abort are never papered over.
 */
export async function loadDocument<T>(context: LoaderContext, source: DocumentSource<T>, signal?: AbortSignal): Promise<LoadedDocument<T>> {
  signal?.throwIfAborted();
  let known = context.memory.entries.get(source.url) as CacheEntry<T> | undefined;
  let knownSource: RegistrySource = 'cache';
  if (!known && context.store) {
    known = await context.store.restore(source.url, source.decode);
    knownSource = 'store';
    if (known) context.memory.entries.set(source.url, known);
  }
  if (known && Date.now() - known.fetchedAt < context.maxAge) return { value: known.value, stale: false, source: knownSource };
  try {
    const entry = await joinRequest(context.memory, source.url, (shared) => refresh(context, source, shared), signal);
    return { value: entry.value as T, stale: false, source: 'network' };
  } catch (error) {
    if (!fallsBack(error, signal)) throw error;
    const fallback = (context.memory.entries.get(source.url) as CacheEntry<T> | undefined) ?? known;
    if (fallback) return { value: fallback.value, stale: true, source: knownSource, error };
    throw error;
  }
}
