import type { CacheEntry } from './memory-cache.js';
import type { PersistentStore } from './persistent-store.js';
import type { RawDocument } from '../http/create-document-fetcher.js';
import { decodeStoredEntry, encodeStoredEntry } from './stored-entry.js';

/**
 * The loader's view of a `PersistentStore`: entries in and out as cache entries, and every store
 * failure swallowed (the store is best effort). A separate piece so that a loader without a store
 * (`verifyPlatformCertificate`, and so `<dbi-badge>`) does not carry the stored-entry format.
 */
export interface DocumentStore {
  /**
   * The entry stored for `url`, decoded by `decode`, or `undefined` when there is none, the store
   * fails, or the entry does not decode (written by an older client, or tampered with: it is
   * then forgotten).
   */
  restore<T>(url: string, decode: (raw: RawDocument) => T): Promise<CacheEntry<T> | undefined>;
  save(url: string, entry: CacheEntry): void;
  forget(url: string): void;
}

const ignoreFailure = (work: () => unknown) => {
  try {
    void Promise.resolve(work()).catch(() => undefined);
  } catch {
    // the store is best effort
  }
};

/** Wraps `store`, or gives `undefined` when there is none. */
export function documentStore(store: PersistentStore | undefined): DocumentStore | undefined {
  if (!store) return undefined;
  const forget = (url: string) => ignoreFailure(() => store.delete(url));
  return {
    async restore(url, decode) {
      let stored;
      try {
        stored = decodeStoredEntry(await store.get(url));
      } catch {
        return undefined;
      }
      if (!stored) return undefined;
      try {
        return { value: decode(stored.raw), raw: stored.raw, etag: stored.etag, fetchedAt: stored.fetchedAt };
      } catch {
        forget(url);
        return undefined;
      }
    },
    save: (url, entry) => ignoreFailure(() => store.set(url, encodeStoredEntry(entry))),
    forget,
  };
}
