import type { PlatformSummary } from '../protocol/schemas/platform-summary.schema.js';
import { foldText } from './fold-text.js';
import type { PlatformFilter } from './platform-filter.js';
import type { IndexedPlatform, PlatformSearchIndex } from './platform-search-index.js';

/** One page of matches. */
export interface PlatformPage {
  readonly items: readonly PlatformSummary[];
  /** How many platforms match, across all pages. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  /** The registry version the page comes from. */
  readonly version: string;
}

// Field tiers: any name match outranks any vendor match, which outranks any description match.
const NAME = 1_000_000;
const VENDOR = 1_000;

const points = (field: string, token: string) => (field.includes(` ${token}`) ? 2 : field.includes(token) ? 1 : 0);

/** The relevance of an entry, or -1 when some token is found nowhere. */
function relevance(entry: IndexedPlatform, tokens: readonly string[], phrase: string): number {
  let score = 0;
  for (const token of tokens) {
    const name = points(entry.name, token);
    const vendor = points(entry.vendor, token);
    const description = points(entry.description, token);
    if (name + vendor + description === 0) return -1;
    score += name * NAME + vendor * VENDOR + description;
  }
  if (entry.name === ` ${phrase}`) score += 4 * NAME;
  else if (entry.name.startsWith(` ${phrase}`)) score += 2 * NAME;
  return score;
}

const asSet = <T>(value: T | readonly T[] | undefined) => (value === undefined ? undefined : new Set<T>(Array.isArray(value) ? value : [value as T]));

/**
 * Filters, ranks and pages the platforms of a search index. Pure and synchronous; the client's
 * `listPlatforms` calls it on the registry's current `platforms.json`. The filter is trusted
 * here: check untrusted input with `checkPlatformFilter` first.
 */
export function queryPlatforms(index: PlatformSearchIndex, filter: PlatformFilter = {}): PlatformPage {
  const phrase = foldText(filter.q ?? '');
  const tokens = phrase ? phrase.split(' ') : [];
  const categories = asSet(filter.category);
  const pillars = asSet(filter.pillar);
  const { maxMonthlyPrice, hasTrial } = filter;
  const sort = filter.sort ?? (tokens.length ? 'relevance' : 'name');
  const order = sort === 'price' ? index.byPrice : sort === 'updated' ? index.byUpdated : index.byName;

  const matches: { entry: IndexedPlatform; score: number }[] = [];
  for (const entry of order) {
    const platform = entry.platform;
    if (categories && !platform.categories.some((id) => categories.has(id))) continue;
    if (pillars && !platform.pillars.some((id) => pillars.has(id))) continue;
    if (maxMonthlyPrice !== undefined && (platform.monthlyPriceFrom === null || platform.monthlyPriceFrom > maxMonthlyPrice)) continue;
    if (hasTrial !== undefined && (platform.trialDays !== null) !== hasTrial) continue;
    const score = tokens.length ? relevance(entry, tokens, phrase) : 0;
    if (score >= 0) matches.push({ entry, score });
  }
  // byName is already the tie-break order, so a stable sort by score keeps names ascending.
  if (sort === 'relevance') matches.sort((a, b) => b.score - a.score);

  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? matches.length;
  return {
    items: matches.slice(offset, offset + limit).map((match) => match.entry.platform),
    total: matches.length,
    offset,
    limit,
    version: index.version,
  };
}
