import type { CacheEntry } from './memory-cache.js';
import type { PersistentStore } from './persistent-store.js';
import { decodeStoredEntry, encodeStoredEntry, type RestoredEntry } from './stored-entry.js';

/**
 * The loader's view of a `PersistentStore`: entries in and out as cache entries, and every store
 * failure swallowed (the store is best effort). A separate piece so that a loader without a store
 * (`verifyPlatformCertificate`, and so `<dbi-badge>`) does not carry the stored-entry format.
 */
export interface DocumentStore {
  /** The entry stored for `url`, or `undefined` when there is none, it is unreadable or the store fails. */
  restore(url: string): Promise<RestoredEntry | undefined>;
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
  return {
    async restore(url) {
      try {
        return decodeStoredEntry(await store.get(url));
      } catch {
        return undefined;
      }
    },
    save: (url, entry) => ignoreFailure(() => store.set(url, encodeStoredEntry(entry))),
    forget: (url) => ignoreFailure(() => store.delete(url)),
  };
}
