import type { CacheEntry } from './memory-cache.js';

interface StoredEntry {
  readonly format: 1;
  readonly json: unknown;
  readonly etag: string | undefined;
  readonly fetchedAt: number;
}

/** A cache entry as the persistent store keeps it: the raw JSON, re-validated when read back. */
export function encodeStoredEntry(entry: CacheEntry): string {
  const stored: StoredEntry = { format: 1, json: entry.json, etag: entry.etag, fetchedAt: entry.fetchedAt };
  return JSON.stringify(stored);
}

/** The stored entry, or undefined when it is missing or not ours. */
export function decodeStoredEntry(text: string | null | undefined): Omit<StoredEntry, 'format'> | undefined {
  if (!text) return undefined;
  try {
    const stored = JSON.parse(text) as Partial<StoredEntry> | null;
    if (stored?.format !== 1 || typeof stored.fetchedAt !== 'number') return undefined;
    return { json: stored.json, etag: typeof stored.etag === 'string' ? stored.etag : undefined, fetchedAt: stored.fetchedAt };
  } catch {
    return undefined;
  }
}
