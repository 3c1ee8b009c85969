/**
 * Where a client keeps the last good copy of each document across page loads, so that a
 * returning visitor with no network still gets data (marked stale). Keys are document URLs;
 * values are strings. Methods may be synchronous (localStorage) or asynchronous (IndexedDB).
 * A store is best effort: the client ignores its failures.
 */
export interface PersistentStore {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}
