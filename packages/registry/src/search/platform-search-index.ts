import type { PlatformIndex, PlatformSummary } from '../protocol/schemas/platform-summary.schema.js';
import { foldText } from './fold-text.js';

/** One platform, with its text folded once for search. */
export interface IndexedPlatform {
  readonly platform: PlatformSummary;
  /** Folded fields with a leading space, so `' ' + token` finds a word start. */
  readonly name: string;
  readonly vendor: string;
  readonly description: string;
  /** Position in name order, the tie-breaker of every other order. */
  readonly nameRank: number;
}

/** Everything a query needs, computed once per `platforms.json` document. */
export interface PlatformSearchIndex {
  readonly version: string;
  /** Entries in name order. */
  readonly byName: readonly IndexedPlatform[];
  /** Entries by monthly price ascending (unpriced last), then name. */
  readonly byPrice: readonly IndexedPlatform[];
  /** Entries by `updatedAt`, newest first, then name. */
  readonly byUpdated: readonly IndexedPlatform[];
}

const padded = (text: string) => ` ${foldText(text)}`;

/**
 * Builds the search index of a `platforms.json` document: folded text and the three stored
 * orders. Prefer `platformSearchIndexOf`, which builds it once per document.
 */
export function buildPlatformSearchIndex(index: PlatformIndex): PlatformSearchIndex {
  const entries = index.platforms.map((platform) => ({
    platform,
    name: padded(platform.name),
    vendor: padded(platform.vendor.name),
    description: padded(`${platform.summary.vi} ${platform.summary.en}`),
    nameRank: 0,
  }));
  const byName = entries.sort((a, b) => compare(a.name, b.name) || compare(a.platform.id, b.platform.id));
  byName.forEach((entry, rank) => (entry.nameRank = rank));
  const price = (entry: IndexedPlatform) => entry.platform.monthlyPriceFrom ?? Number.POSITIVE_INFINITY;
  return {
    version: index.version,
    byName,
    byPrice: [...byName].sort((a, b) => price(a) - price(b) || a.nameRank - b.nameRank),
    // ISO date-times with offsets do not sort as strings, so compare instants.
    byUpdated: [...byName].sort((a, b) => Date.parse(b.platform.updatedAt) - Date.parse(a.platform.updatedAt) || a.nameRank - b.nameRank),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
