import type { RawDocument } from '../http/create-document-fetcher.js';
import type { CacheEntry } from './memory-cache.js';

interface StoredEntry {
  readonly format: 2;
  readonly text: string;
  readonly contentType: string;
  readonly etag: string | undefined;
  readonly fetchedAt: number;
}

/** What the store gives back: the body as the server sent it, decoded and validated again on use. */
export interface RestoredEntry {
  readonly raw: RawDocument;
  readonly etag: string | undefined;
  readonly fetchedAt: number;
}

/** A cache entry as the persistent store keeps it. */
export function encodeStoredEntry(entry: CacheEntry): string {
  const stored: StoredEntry = { format: 2, text: entry.raw.text, contentType: entry.raw.contentType, etag: entry.etag, fetchedAt: entry.fetchedAt };
  return JSON.stringify(stored);
}

/** The stored entry, or undefined when it is missing or not ours. */
export function decodeStoredEntry(text: string | null | undefined): RestoredEntry | undefined {
  if (!text) return undefined;
  try {
    const stored = JSON.parse(text) as Partial<StoredEntry> | null;
    if (stored?.format !== 2 || typeof stored.text !== 'string' || typeof stored.contentType !== 'string' || typeof stored.fetchedAt !== 'number') return undefined;
    return { raw: { text: stored.text, contentType: stored.contentType }, etag: typeof stored.etag === 'string' ? stored.etag : undefined, fetchedAt: stored.fetchedAt };
  } catch {
    return undefined;
  }
}
