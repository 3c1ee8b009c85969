import { z } from 'zod/mini';
import { DBI_PILLAR_IDS, type DbiPillarId } from '@dbi-kit/engine';
import { RegistryError } from '../errors/registry-errors.js';
import { RecordIdSchema, VndSchema } from '../protocol/schemas/common.schema.js';
import { describeIssue, formatJsonPath } from '../protocol/schema-issues.js';

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

const oneOrMany = <T extends z.ZodMiniType>(item: T) => z.union([item, z.array(item)]);

const PlatformFilterSchema = /*#__PURE__*/ (() =>
  z.strictObject({
    q: z.optional(z.string().check(z.maxLength(200))),
    category: z.optional(oneOrMany(RecordIdSchema)),
    pillar: z.optional(oneOrMany(z.enum(DBI_PILLAR_IDS))),
    maxMonthlyPrice: z.optional(VndSchema),
    hasTrial: z.optional(z.boolean()),
    sort: z.optional(z.enum(PLATFORM_SORTS)),
    offset: z.optional(z.int().check(z.minimum(0))),
    limit: z.optional(z.int().check(z.minimum(0))),
  }))();

/**
 * Checks a filter; a typo (`categories`), a wrong type or a negative offset throws a
 * `RegistryError` (`registry/invalid-argument`) naming the field, instead of being ignored.
 */
export function checkPlatformFilter(filter: unknown): PlatformFilter {
  const result = PlatformFilterSchema.safeParse(filter ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : formatJsonPath(issue.path);
  throw new RegistryError('registry/invalid-argument', `Invalid platform filter field ${field}: ${describeIssue(issue)}`);
}
