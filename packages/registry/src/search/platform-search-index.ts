import type { PlatformIndex, PlatformSummary } from '../protocol/schemas/platform-summary.schema.js';
import { foldText } from './fold-text.js';

/** The searchable fields, in rank order: a name match outranks a vendor match, which outranks a description match. */
export const SEARCH_FIELDS = ['name', 'vendor', 'description'] as const;

/** One platform, with its name folded once for search. */
export interface IndexedPlatform {
  readonly platform: PlatformSummary;
  /** The folded name, to rank exact and starting phrase matches. */
  readonly name: string;
  /** Position in name order: the entry's number in `postings` and the tie-breaker of every order. */
  readonly rank: number;
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
  /** Every distinct folded word, so a query scans the vocabulary instead of every text. */
  readonly words: readonly string[];
  /** For `words[i]`, where it occurs: `rank * 3 + field` (field: 0 name, 1 vendor, 2 description). */
  readonly postings: readonly (readonly number[])[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the search index of a `platforms.json` document: folded words with their postings and
 * the three stored orders. Prefer `platformSearchIndexOf`, which builds it once per document.
 */
export function buildPlatformSearchIndex(index: PlatformIndex): PlatformSearchIndex {
  const folded = index.platforms.map((platform) => ({
    platform,
    name: foldText(platform.name),
    fields: [platform.name, platform.vendor.name, `${platform.summary.vi} ${platform.summary.en}`],
  }));
  folded.sort((a, b) => compare(a.name, b.name) || compare(a.platform.id, b.platform.id));

  // Texts repeat their words, so each distinct raw word is folded once.
  const foldedWords = new Map<string, string[]>();
  const vocabulary = new Map<string, number[]>();
  const add = (word: string, code: number) => {
    if (!word) return;
    let posting = vocabulary.get(word);
    if (!posting) vocabulary.set(word, (posting = []));
    // Entries and fields come in order, so a repeated word in one field is always the last posting.
    if (posting[posting.length - 1] !== code) posting.push(code);
  };
  const byName = folded.map(({ platform, name, fields }, rank): IndexedPlatform => {
    fields.forEach((text, field) => {
      const code = rank * SEARCH_FIELDS.length + field;
      if (field === 0) {
        for (const word of name.split(' ')) add(word, code);
        return;
      }
      for (const raw of text.split(' ')) {
        let words = foldedWords.get(raw);
        if (!words) foldedWords.set(raw, (words = foldText(raw).split(' ')));
        for (const word of words) add(word, code);
      }
    });
    return { platform, name, rank };
  });

  const price = (entry: IndexedPlatform) => entry.platform.monthlyPriceFrom ?? Number.POSITIVE_INFINITY;
  // ISO date-times with offsets do not sort as strings, so compare instants.
  const updated = byName.map((entry) => Date.parse(entry.platform.updatedAt));
  return {
    version: index.version,
    byName,
    byPrice: [...byName].sort((a, b) => price(a) - price(b) || a.rank - b.rank),
    byUpdated: [...byName].sort((a, b) => updated[b.rank] - updated[a.rank] || a.rank - b.rank),
    words: [...vocabulary.keys()],
    postings: [...vocabulary.values()],
  };
}
