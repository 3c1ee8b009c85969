import type { PersistentStore } from './persistent-store.js';

/** The part of the Web Storage API the adapter uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A {@link PersistentStore} on `localStorage` (or any Web Storage). Reads and writes never
 * throw: storage that is missing (Node, some private modes), forbidden (sandboxed frames) or
 * full (quota) simply keeps nothing.
 *
 * @param options.storage defaults to `globalThis.localStorage`, looked up on each use
 * @param options.prefix put before every key (default `dbi-registry:`)
 *
 * @example
 * const client = createRegistryClient({ baseUrl, trustedKeys, cache: { store: localStorageStore() } });
 */
export function localStorageStore(options: { storage?: StorageLike; prefix?: string } = {}): PersistentStore {
  const prefix = options.prefix ?? 'dbi-registry:';
  const storage = (): StorageLike | undefined => {
    try {
      return options.storage ?? (globalThis as { localStorage?: StorageLike }).localStorage;
    } catch {
      return undefined; // reading window.localStorage itself throws where storage is forbidden
    }
  };
  const attempt = <T>(action: (store: StorageLike) => T): T | undefined => {
    try {
      const store = storage();
      return store ? action(store) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get: (key) => attempt((store) => store.getItem(prefix + key)),
    set: (key, value) => void attempt((store) => store.setItem(prefix + key, value)),
    delete: (key) => void attempt((store) => store.removeItem(prefix + key)),
  };
}
