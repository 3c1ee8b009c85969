import type { PlatformSummary } from '../protocol/schemas/platform-summary.schema.js';
import { foldText } from './fold-text.js';
import type { PlatformFilter } from './platform-filter.js';
import { SEARCH_FIELDS, type PlatformSearchIndex } from './platform-search-index.js';

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

// Field weights: any name match outranks any vendor match, which outranks any description
// match (a token scores at most 2 per field, and a query has at most 100 tokens).
const WEIGHTS = [1_000_000, 1_000, 1];
const FIELDS = SEARCH_FIELDS.length;

/**
 * Relevance of every entry (by rank) for the query, or -1 where some token is found nowhere.
 * A token scores, per field, 2 when a word starts with it and 1 when a word only contains it.
 */
function relevance(index: PlatformSearchIndex, tokens: readonly string[], phrase: string): Float64Array {
  const scores = new Float64Array(index.byName.length);
  const points = new Uint8Array(index.byName.length * FIELDS);
  tokens.forEach((token, t) => {
    points.fill(0);
    index.words.forEach((word, w) => {
      const at = word.indexOf(token);
      if (at < 0) return;
      const value = at === 0 ? 2 : 1;
      for (const posting of index.postings[w]) if (points[posting] < value) points[posting] = value;
    });
    for (let rank = 0; rank < scores.length; rank++) {
      if (scores[rank] < 0) continue;
      let score = 0;
      for (let field = 0; field < FIELDS; field++) score += points[rank * FIELDS + field] * WEIGHTS[field];
      scores[rank] = score === 0 ? -1 : (t === 0 ? 0 : scores[rank]) + score;
    }
  });
  for (const entry of index.byName) {
    if (scores[entry.rank] < 0) continue;
    if (entry.name === phrase) scores[entry.rank] += 4 * WEIGHTS[0];
    else if (entry.name.startsWith(phrase)) scores[entry.rank] += 2 * WEIGHTS[0];
  }
  return scores;
}

const asSet = <T>(value: T | readonly T[] | undefined) => (value === undefined ? undefined : new Set<T>(Array.isArray(value) ? value : [value as T]));

/**
 * Filters, ranks and pages the platforms of a search index. Pure and synchronous; the client's
 * `listPlatforms` calls it on the registry's current `platforms.json`. The filter is trusted
 * here: check untrusted input with `checkPlatformFilter` first.
 *
 * @example
 * const page = queryPlatforms(platformSearchIndexOf(index), { q: 'hoa don', hasTrial: true, limit: 10 });
 */
export function queryPlatforms(index: PlatformSearchIndex, filter: PlatformFilter = {}): PlatformPage {
  const phrase = foldText(filter.q ?? '');
  const tokens = phrase ? [...new Set(phrase.split(' '))] : [];
  const scores = tokens.length ? relevance(index, tokens, phrase) : undefined;
  const categories = asSet(filter.category);
  const pillars = asSet(filter.pillar);
  const { maxMonthlyPrice, hasTrial } = filter;
  const sort = filter.sort ?? (tokens.length ? 'relevance' : 'name');
  const order = sort === 'price' ? index.byPrice : sort === 'updated' ? index.byUpdated : index.byName;

  const matches: { platform: PlatformSummary; score: number }[] = [];
  for (const { platform, rank } of order) {
    const score = scores ? scores[rank] : 0;
    if (score < 0) continue;
    if (categories && !platform.categories.some((id) => categories.has(id))) continue;
    if (pillars && !platform.pillars.some((id) => pillars.has(id))) continue;
    if (maxMonthlyPrice !== undefined && (platform.monthlyPriceFrom === null || platform.monthlyPriceFrom > maxMonthlyPrice)) continue;
    if (hasTrial !== undefined && (platform.trialDays !== null) !== hasTrial) continue;
    matches.push({ platform, score });
  }
  // byName is the tie-break order, so a stable sort by score keeps equal scores in name order.
  if (sort === 'relevance') matches.sort((a, b) => b.score - a.score);

  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? matches.length;
  return {
    items: matches.slice(offset, offset + limit).map((match) => match.platform),
    total: matches.length,
    offset,
    limit,
    version: index.version,
  };
}
