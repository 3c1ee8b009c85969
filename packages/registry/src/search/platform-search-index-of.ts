import type { PlatformIndex } from '../protocol/schemas/platform-summary.schema.js';
import { buildPlatformSearchIndex, type PlatformSearchIndex } from './platform-search-index.js';

const built = new WeakMap<PlatformIndex, PlatformSearchIndex>();

/**
 * The search index of a `platforms.json` document, built on first use and kept for as long as
 * the document is: a revalidated (304) document is the same object, so its index is reused; a
 * new registry version is a new document and gets a new index.
 */
export function platformSearchIndexOf(index: PlatformIndex): PlatformSearchIndex {
  let searchIndex = built.get(index);
  if (!searchIndex) {
    searchIndex = buildPlatformSearchIndex(index);
    built.set(index, searchIndex);
  }
  return searchIndex;
}
