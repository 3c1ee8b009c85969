import type { DbiPillarId } from '@dbi-kit/engine';

/** The orders `listPlatforms` can return. */
export const PLATFORM_SORTS = ['relevance', 'name', 'price', 'updated'] as const;

/**
 * One of {@link PLATFORM_SORTS}: `relevance` (name matches first, then vendor, then description;
 * the default when `q` is given), `name` (the default otherwise), `price` (lowest monthly price
 * first, unpriced last), `updated` (newest first).
 */
export type PlatformSort = (typeof PLATFORM_SORTS)[number];

/** What `listPlatforms` selects. Every field is optional; fields combine with AND. */
export interface PlatformFilter {
  /** Words to find in the name, vendor or description; case and Vietnamese diacritics are ignored. */
  readonly q?: string;
  /** Platforms in this category, or in any of these. */
  readonly category?: string | readonly string[];
  /** Platforms serving this DBI pillar, or any of these. */
  readonly pillar?: DbiPillarId | readonly DbiPillarId[];
  /** Platforms with a plan at or under this monthly price (VND; yearly plans count ÷ 12). */
  readonly maxMonthlyPrice?: number;
  /** `true`: only platforms with a free trial; `false`: only those without. */
  readonly hasTrial?: boolean;
  readonly sort?: PlatformSort;
  /** Matches to skip (default 0). */
  readonly offset?: number;
  /** Most matches to return (default: all). */
  readonly limit?: number;
}
